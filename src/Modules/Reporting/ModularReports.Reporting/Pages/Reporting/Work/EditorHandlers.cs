using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.Reporting.Features.Review;

namespace ModularReports.Reporting.Pages.Reporting.Work;

/// <summary>
/// What the report editors share: the autosave answer the script expects ({ version, savedAt } or a problem with
/// the field errors), and turning a failed save or action into messages on the page.
/// </summary>
internal static class EditorHandlers
{
    /// <summary>
    /// Saves, and answers the new version with the actions now available (filling in a field can make "submit"
    /// possible), so the page updates its buttons without a reload.
    /// </summary>
    public static async Task<IActionResult> AutosaveAsync(MessageCatalog catalog, Func<Task<(int Version, DateTime UpdatedAt, ReportActionChoices Choices)>> save)
    {
        try
        {
            var (version, updatedAt, choices) = await save();
            return new JsonResult(new { version, savedAt = DateTime.SpecifyKind(updatedAt, DateTimeKind.Utc), choices });
        }
        catch (ValidationException ex)
        {
            var errors = ex.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray());
            return new JsonResult(new { title = catalog.Say("Check the highlighted fields."), errors }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        catch (ConflictException ex)
        {
            return new JsonResult(new { title = ex.Title, detail = ex.Message }) { StatusCode = ex.Status };
        }
        catch (DbUpdateConcurrencyException)
        {
            return new JsonResult(new { title = catalog.Say("Someone else changed the report at the same moment.") }) { StatusCode = StatusCodes.Status409Conflict };
        }
        catch (ForbiddenException ex)
        {
            return new JsonResult(new { title = ex.Message }) { StatusCode = StatusCodes.Status403Forbidden };
        }
    }

    /// <summary>Runs a save or an action; false (with the reasons in ModelState) when it was refused.</summary>
    public static async Task<bool> TryAsync(PageModel page, Func<Task> run)
    {
        try
        {
            await run();
            return true;
        }
        catch (ValidationException ex)
        {
            page.ModelState.AddValidationErrors(ex, string.Empty);
        }
        catch (ConflictException ex)
        {
            page.ModelState.AddModelError(string.Empty, $"{ex.Title} {ex.Message}");
        }
        catch (DbUpdateConcurrencyException)
        {
            page.ModelState.AddModelError(
                string.Empty, page.HttpContext.RequestServices.GetRequiredService<MessageCatalog>().Say("Someone else changed the report at the same moment; reload it."));
        }
        catch (ForbiddenException ex)
        {
            page.ModelState.AddModelError(string.Empty, ex.Message);
        }

        return false;
    }
}
