using UglyToad.PdfPig;

namespace ModularReports.HostTesting;

/// <summary>Reads a PDF's text back, as a reader's copy and paste would, to check what a downloaded report says.</summary>
public static class PdfText
{
    /// <summary>The section headings and question labels of a published progress report (FORMS.md), in English.</summary>
    public static readonly IReadOnlyList<string> ProgressReportLabels =
    [
        "General information", "Resolution", "Period covered", "IUCN Constituencies implementing this Resolution", "IUCN Members", "IUCN Commissions",
        "IUCN Secretariat", "Other non-IUCN related organisations", "Implementation",
        "Indicate which actions have been carried out to implement this Resolution", "Describe the results/achievements of the actions taken",
        "What challenges/obstacles have been encountered in the implementation of this Resolution and how were they overcome",
        "Briefly describe what future actions are needed for the implementation of this Resolution", "Are these actions planned for yet",
        "Status of implementation", "Status of implementation for this Resolution:", "Additional information",
    ];

    /// <summary>Every word of every page, separated by single spaces (so a label wrapped over two lines reads whole).</summary>
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text));
    }
}
