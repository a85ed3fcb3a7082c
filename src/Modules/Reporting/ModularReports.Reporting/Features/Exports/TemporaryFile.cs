namespace ModularReports.Reporting.Features.Exports;

/// <summary>A file of its own, removed when closed, to write a workbook or an archive in before it goes elsewhere.</summary>
internal static class TemporaryFile
{
    public static FileStream Create() => new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
