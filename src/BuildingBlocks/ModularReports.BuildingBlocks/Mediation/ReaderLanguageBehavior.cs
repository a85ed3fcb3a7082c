using FluentValidation;
using FluentValidation.Results;
using Mediator;
using ModularReports.BuildingBlocks.Web;

namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// A message refused (invalid fields, not allowed, a conflict) is refused in the reader's language: the English the code
/// wrote is said again from the modules' catalogues (<see cref="MessageCatalog"/>), whichever page or endpoint shows it.
/// </summary>
public sealed class ReaderLanguageBehavior<TMessage, TResponse>(MessageCatalog catalog) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (ValidationException ex)
        {
            throw new ValidationException(ex.Errors.Select(e => new ValidationFailure(e.PropertyName, catalog.Say(e.ErrorMessage))).ToList());
        }
        catch (ForbiddenException ex)
        {
            throw new ForbiddenException(catalog.Say(ex.Message));
        }
        catch (ConflictException ex)
        {
            throw new ConflictException(catalog.Say(ex.Title), catalog.Say(ex.Message), ex.Status, ex.Extensions);
        }
    }
}
