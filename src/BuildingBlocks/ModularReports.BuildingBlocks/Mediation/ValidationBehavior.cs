using FluentValidation;
using Mediator;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>Every message is checked (<see cref="MessageValidation"/>) before it is handled; a failure becomes a 400 naming each field.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await MessageValidation.EnsureValidAsync(message, validators, cancellationToken);
        return await next(message, cancellationToken);
    }
}

/// <summary>
/// A message's text (<see cref="WellFormedText"/>) and its validators; for a request checked before it is sent through the
/// mediator (an export that must be refused before its file starts), the same checks.
/// </summary>
public static class MessageValidation
{
    public static async Task EnsureValidAsync<TMessage>(TMessage message, IEnumerable<IValidator<TMessage>> validators, CancellationToken cancellationToken)
        where TMessage : notnull
    {
        var failures = WellFormedText.Check(message);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
