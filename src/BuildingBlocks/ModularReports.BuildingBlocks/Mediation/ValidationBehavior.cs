using FluentValidation;
using Mediator;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// Checks the message's text (<see cref="WellFormedText"/>) and runs every validator of the message first; a failure becomes a
/// 400 naming each field (see ProblemDetailsExceptionHandler).
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
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

        return await next(message, cancellationToken);
    }
}
