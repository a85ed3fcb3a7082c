namespace ModularReports.Constituencies.Features.Import;

/// <summary>What is wrong with a file, where: line 1 is the header row, as in a spreadsheet.</summary>
internal sealed record ImportError(int Line, string Column, string Message);

/// <summary>The outcome of applying the valid rows.</summary>
internal sealed record ImportCounts(int Added, int Updated, int Unchanged);
