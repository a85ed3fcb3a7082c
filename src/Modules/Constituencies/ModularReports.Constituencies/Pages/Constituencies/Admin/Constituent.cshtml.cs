using Microsoft.Extensions.Localization;
using ModularReports.Constituencies.Contracts;
using ModularReports.Constituencies.Features.Constituents;

namespace ModularReports.Constituencies.Pages.Constituencies.Admin;

/// <summary>Create (no id) or edit a constituent; a stale edit is refused with a message instead of overwriting.</summary>
[Authorize(Policy = Roles.Admin)]
internal sealed class ConstituentModel(IMediator mediator, IConstituentDirectory directory, IStringLocalizer<ConstituenciesText> text) : PageModel
{
    [BindProperty]
    public ConstituentInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public bool IsArchived { get; private set; }

    public bool Saved { get; private set; }

    public string DisplayName { get; private set; } = string.Empty;

    public IReadOnlyList<(string Code, string Name)> CountryOptions { get; private set; } = [];

    public IReadOnlyList<string> Regions => Vocabularies.StatutoryRegions;

    public IReadOnlyList<(string Code, string Label)> Categories =>
        Vocabularies.MembershipCategories.Select(c => (c, Vocabularies.MembershipCategoryLabel(c))).ToList();

    public IReadOnlyList<ConstituentRef> Commissions { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, bool saved)
    {
        Saved = saved;
        if (id is { } existing)
        {
            var item = await mediator.Send(new GetConstituent(existing));
            Input = ConstituentInput.From(item);
            DisplayName = item.DisplayName;
            IsArchived = item.IsArchived;
        }
        else
        {
            IsNew = true;
        }

        await LoadOptionsAsync();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id)
    {
        try
        {
            var saved = await mediator.Send(new SaveConstituent(
                id, Input.Type ?? string.Empty, Input.Name ?? string.Empty, Input.Acronym, Input.CountryCode, Input.Region,
                Input.MembershipCategory, Input.PeriodStart, Input.PeriodEnd, Input.ParentId, Input.Version));
            return Redirect($"/admin/constituents/edit/{saved.Id}?saved=true");
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["Constituent_Stale"]);
        }

        IsNew = id is null;
        if (id is { } existing)
        {
            var current = await mediator.Send(new GetConstituent(existing));
            DisplayName = current.DisplayName;
            IsArchived = current.IsArchived;
        }

        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostArchiveAsync(Guid id)
    {
        await mediator.Send(new SetConstituentArchived(id, true));
        return Redirect($"/admin/constituents/edit/{id}?saved=true");
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id)
    {
        await mediator.Send(new SetConstituentArchived(id, false));
        return Redirect($"/admin/constituents/edit/{id}?saved=true");
    }

    private async Task LoadOptionsAsync()
    {
        CountryOptions = Countries.All.Select(c => (c, Countries.Name(c))).OrderBy(c => c.Item2, StringComparer.Create(CultureInfo.CurrentCulture, true)).ToList();
        Commissions = await directory.SearchAsync(null, ["Commission"], 500, HttpContext.RequestAborted);
    }

    internal sealed class ConstituentInput
    {
        public string? Type { get; set; } = nameof(ConstituentType.Member);

        public string? Name { get; set; }

        public string? Acronym { get; set; }

        public string? CountryCode { get; set; }

        public string? Region { get; set; }

        public string? MembershipCategory { get; set; }

        public int? PeriodStart { get; set; }

        public int? PeriodEnd { get; set; }

        public Guid? ParentId { get; set; }

        public int? Version { get; set; }

        public static ConstituentInput From(ConstituentItem item) => new()
        {
            Type = item.Type, Name = item.Name, Acronym = item.Acronym, CountryCode = item.CountryCode, Region = item.Region,
            MembershipCategory = item.MembershipCategory, PeriodStart = item.PeriodStart, PeriodEnd = item.PeriodEnd,
            ParentId = item.ParentId, Version = item.Version,
        };
    }
}
