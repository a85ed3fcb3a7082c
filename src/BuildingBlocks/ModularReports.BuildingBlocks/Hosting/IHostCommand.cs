namespace ModularReports.BuildingBlocks.Hosting;

/// <summary>
/// A one-off task an operator runs from a node's command line (<c>dotnet ModularReports.Host.dll {Name} ...</c>) on the
/// migrated database, such as inviting the first admin; the process exits when it ends. Registered scoped.
/// </summary>
public interface IHostCommand
{
    string Name { get; }

    /// <summary>The arguments, as the help line shows them (e.g. <c>&lt;email&gt; &lt;name&gt;</c>).</summary>
    string Arguments { get; }

    /// <summary>Returns the process's exit code: 0 when done, else what went wrong is written to <paramref name="output"/>.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
