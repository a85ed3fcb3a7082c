using FluentValidation.Results;

namespace ModularReports.Identity.Features.Shared;

internal static class IdentityErrors
{
    /// <summary>Throws Identity's errors as a validation failure naming the field each one is about.</summary>
    public static void ThrowIfFailed(this IdentityResult result, string passwordField = "NewPassword")
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(FieldOf(e.Code, passwordField), e.Description)));
    }

    public static ValidationException Invalid(string field, string message) => new([new ValidationFailure(field, message)]);

    private static string FieldOf(string code, string passwordField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        "DuplicateEmail" or "InvalidEmail" or "DuplicateUserName" or "InvalidUserName" => "Email",
        "InvalidToken" => "Token",
        _ => string.Empty,
    };
}
