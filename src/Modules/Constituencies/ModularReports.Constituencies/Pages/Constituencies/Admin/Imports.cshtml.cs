using Microsoft.AspNetCore.Http;
using ModularReports.Constituencies.Features.Import;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

[Authorize(Policy = Roles.Admin)]
[RequestSizeLimit(StartImportValidator.MaxRequestBytes)]
internal sealed class ImportsModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<ImportView> Recent { get; private set; } = [];

    public string? Kind { get; private set; }

    public async Task OnGetAsync() => Recent = await mediator.Send(new ListImports());

    /// <summary>The file to fill in for an import kind (<c>?handler=Template&amp;kind=members</c>).</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string kind) =>
        File(await mediator.Send(new GetImportTemplate(kind)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{kind}-template.xlsx");

    public async Task<IActionResult> OnPostAsync(string? kind, IFormFile? file, bool importValidRows)
    {
        Kind = kind;
        try
        {
            byte[] content = [];
            if (file is not null)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                content = buffer.ToArray();
            }

            var id = await mediator.Send(new StartImport(kind ?? string.Empty, file?.FileName ?? string.Empty, content, importValidRows));
            return Redirect($"/admin/imports/{id}");
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, string.Empty);
            Recent = await mediator.Send(new ListImports());
            return Page();
        }
    }
}
