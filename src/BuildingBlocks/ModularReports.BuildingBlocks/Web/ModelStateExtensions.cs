using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ModularReports.BuildingBlocks.Web;

public static class ModelStateExtensions
{
    /// <summary>
    /// Shows a command's validation failures next to the page's inputs: a failure on <c>NewPassword</c> lands on
    /// <c>Input.NewPassword</c>; one on no field in particular, in the summary.
    /// </summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string prefix = "Input")
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.PropertyName) ? string.Empty
                : string.IsNullOrEmpty(prefix) ? error.PropertyName
                : $"{prefix}.{error.PropertyName}";
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
