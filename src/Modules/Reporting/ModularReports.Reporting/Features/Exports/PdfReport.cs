using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ModularReports.Reporting.Features.Exports;

/// <summary>
/// Writes a <see cref="ReportDocument"/> as an A4 PDF laid out like its page: title and facts, then each section's
/// questions in bold with their answers, wrapped to the page and carried over to the next one, with the publication line
/// and page numbers at the foot. The text is set in Noto Sans, embedded, so accents and Greek or Cyrillic letters print
/// as typed.
/// </summary>
internal static class PdfReport
{
    private const double Margin = 56; // points: about 2 cm
    private const double FooterHeight = 28;

    static PdfReport() => EmbeddedFonts.Install();

    public static byte[] Write(ReportDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subtitle;
        pdf.Language = document.Language;
        var fonts = new Fonts();
        var layout = new Layout(pdf, fonts);
        layout.Paragraph(document.Title, fonts.Title, spaceAfter: 4);
        layout.Paragraph(document.Subtitle, fonts.Subtitle, spaceAfter: 10);
        if (document.FactsHeading is not null)
        {
            layout.Rule();
            layout.Paragraph(document.FactsHeading, fonts.Heading, spaceAfter: 6, keepWithNext: true);
        }

        foreach (var fact in document.Facts)
        {
            layout.Paragraph(fact.Label, fonts.Label, spaceAfter: 0);
            layout.Paragraph(fact.Value, fonts.Body, spaceAfter: 6);
        }

        foreach (var section in document.Sections)
        {
            layout.Rule();
            layout.Paragraph(section.Heading, fonts.Heading, spaceAfter: 6, keepWithNext: true);
            foreach (var answer in section.Answers)
            {
                if (answer.Label is not null)
                {
                    layout.Paragraph(answer.Label, fonts.Label, spaceAfter: 2, keepWithNext: true);
                }

                foreach (var paragraph in answer.Paragraphs)
                {
                    layout.Paragraph(paragraph, fonts.Body, spaceAfter: 4);
                }

                layout.Space(4);
            }
        }

        layout.Rule();
        layout.Paragraph(document.Footer, fonts.Small, spaceAfter: 0);
        layout.NumberPages(document.Title);
        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }

    /// <summary>The document's fonts: made for each document, as PDFsharp does not say its fonts may be shared between threads.</summary>
    private sealed class Fonts
    {
        public XFont Title { get; } = new(EmbeddedFonts.Family, 18, XFontStyleEx.Bold);

        public XFont Subtitle { get; } = new(EmbeddedFonts.Family, 12, XFontStyleEx.Regular);

        public XFont Heading { get; } = new(EmbeddedFonts.Family, 13, XFontStyleEx.Bold);

        public XFont Label { get; } = new(EmbeddedFonts.Family, 10, XFontStyleEx.Bold);

        public XFont Body { get; } = new(EmbeddedFonts.Family, 10, XFontStyleEx.Regular);

        public XFont Small { get; } = new(EmbeddedFonts.Family, 8.5, XFontStyleEx.Regular);
    }

    /// <summary>Where the next line goes: wraps words to the page's width and starts a new page when one is full.</summary>
    private sealed class Layout
    {
        private readonly PdfDocument pdf;
        private readonly Fonts fonts;
        private XGraphics graphics = null!;
        private double y;

        public Layout(PdfDocument pdf, Fonts fonts)
        {
            this.pdf = pdf;
            this.fonts = fonts;
            NewPage();
        }

        private double Width => graphics.PageSize.Width - (2 * Margin);

        private double Bottom => graphics.PageSize.Height - Margin - FooterHeight;

        public void Paragraph(string text, XFont font, double spaceAfter, bool keepWithNext = false)
        {
            var lineHeight = font.GetHeight() * 1.2;
            var lines = Wrap(text, font);
            // A label or heading does not stay alone at the foot of a page.
            if (y + (lineHeight * (lines.Count + (keepWithNext ? 2 : 0))) > Bottom && lines.Count < 4)
            {
                NewPage();
            }

            foreach (var line in lines)
            {
                if (y + lineHeight > Bottom)
                {
                    NewPage();
                }

                graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, Width, lineHeight), XStringFormats.TopLeft);
                y += lineHeight;
            }

            y += spaceAfter;
        }

        public void Space(double points) => y += points;

        public void Rule()
        {
            if (y + 40 > Bottom)
            {
                NewPage();
                return;
            }

            y += 6;
            graphics.DrawLine(new XPen(XColor.FromArgb(0xc9, 0xd1, 0xd6), 0.75), Margin, y, Margin + Width, y);
            y += 8;
        }

        /// <summary>Each page's foot: the report's title and "page / pages".</summary>
        public void NumberPages(string title)
        {
            graphics.Dispose();
            for (var i = 0; i < pdf.PageCount; i++)
            {
                using var foot = XGraphics.FromPdfPage(pdf.Pages[i], XGraphicsPdfPageOptions.Append);
                var top = foot.PageSize.Height - Margin;
                foot.DrawString(title, fonts.Small, XBrushes.Gray, new XRect(Margin, top, Width, 12), XStringFormats.TopLeft);
                foot.DrawString($"{i + 1} / {pdf.PageCount}", fonts.Small, XBrushes.Gray, new XRect(Margin, top, Width, 12), XStringFormats.TopRight);
            }
        }

        private void NewPage()
        {
            graphics?.Dispose();
            var page = pdf.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        /// <summary>The text's lines at this font and width; a word longer than a line is cut where it must be.</summary>
        private List<string> Wrap(string text, XFont font)
        {
            var lines = new List<string>();
            foreach (var paragraph in text.Split('\n'))
            {
                var line = string.Empty;
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var candidate = line.Length == 0 ? word : line + " " + word;
                    if (graphics.MeasureString(candidate, font).Width <= Width)
                    {
                        line = candidate;
                        continue;
                    }

                    if (line.Length > 0)
                    {
                        lines.Add(line);
                    }

                    line = word;
                    while (graphics.MeasureString(line, font).Width > Width && line.Length > 1)
                    {
                        var fits = line.Length - 1;
                        while (fits > 1 && graphics.MeasureString(line[..fits], font).Width > Width)
                        {
                            fits--;
                        }

                        lines.Add(line[..fits]);
                        line = line[fits..];
                    }
                }

                lines.Add(line);
            }

            return lines;
        }
    }
}

/// <summary>Noto Sans, regular and bold, from the module's resources: PDFs never depend on the fonts a server has installed.</summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Noto Sans";

    private static readonly Lock Installing = new();

    /// <summary>Gives PDFsharp (whose font resolver is process-wide) these fonts; refuses if it already has others.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
            {
                throw new InvalidOperationException("PDFsharp already has another font resolver: reports would be set in fonts this module does not ship.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "NotoSans-Bold" : "NotoSans-Regular", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream($"ModularReports.Reporting.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
