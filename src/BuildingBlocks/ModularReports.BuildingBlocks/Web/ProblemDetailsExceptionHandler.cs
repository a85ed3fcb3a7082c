using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ModularReports.BuildingBlocks.Web;

/// <summary>
/// Turns the exceptions the application raises on purpose into RFC 7807 responses (a browser asking for a page gets
/// only the status, and the status pages show the error page). Anything else is a 500 whose body says nothing about
/// the internals (the exception is logged, not shown).
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            ValidationException validation => ToValidationProblem(validation),
            NotFoundException notFound => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found.",
                Detail = notFound.Message,
            },
            ForbiddenException forbidden => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not allowed.",
                Detail = forbidden.Message,
            },
            ConflictException conflict => WithExtensions(
                new ProblemDetails { Status = conflict.Status, Title = conflict.Title, Detail = conflict.Message }, conflict.Extensions),
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The item was changed by someone else.",
                Detail = "Reload it and apply your change again.",
            },
            BadHttpRequestException bad => Unreadable(bad),
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
            },
        };

        if (problem.Status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (!MachinePaths.Includes(httpContext.Request.Path)
            && httpContext.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            return true; // a browser on a page: the status pages show the error page in the reader's language, not JSON
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <summary>
    /// A request the framework could not bind: a body that is not JSON or has a value of the wrong type, a query value
    /// that is not a number... Named by the field when the framework says which: the JSON path of the value, or the
    /// parameter its message quotes (<c>Failed to bind parameter "int Page" from "abc".</c>).
    /// </summary>
    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        var detail = bad.InnerException is JsonException json ? json.Message : bad.Message;
        var field = bad.InnerException is JsonException { Path: { Length: > 1 } path }
            ? path.TrimStart('$').TrimStart('.')
            : BoundParameter().Match(bad.Message) is { Success: true } match ? match.Groups[1].Value : null;
        if (field is null || bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = detail };
        }

        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [JsonNamingPolicy.CamelCase.ConvertName(field)] = [detail] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request could not be read.",
            Detail = detail,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("parameter \"(?:[^\"]*\\s)?([A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    private static HttpValidationProblemDetails ToValidationProblem(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
        };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
