namespace ModularReports.Testing;

/// <summary>Waiting for background work (consumers, dispatchers, timers) in tests.</summary>
public static class Eventually
{
    /// <summary>Polls until the condition holds; false when the timeout passes first.</summary>
    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20);
        }

        return await condition();
    }
}
