namespace ModularReports.BuildingBlocks.Mediation;

/// <summary>
/// A command that changes nothing in its own module but asks other modules (through their contracts) to change
/// their data, each in its own transaction. It runs without its module's transaction: holding one would also hold
/// SQLite's single write lock against the very modules it calls.
/// </summary>
public interface ICrossModuleCommand;
