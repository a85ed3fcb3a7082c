using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ModularReports.FrameworksHost.Pages;

internal sealed class IndexModel(Resolutions resolutions) : PageModel
{
    public IReadOnlyList<Resolution> Resolutions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resolutions = await resolutions.All.AsNoTracking().OrderBy(r => r.Code).Take(50).ToListAsync(cancellationToken);
}
