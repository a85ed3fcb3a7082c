using System.Reflection;

namespace ModularReports.BuildingBlocks.Persistence;

/// <summary>
/// What the host knows of a module's database: its context (to migrate, check and drain the outbox of)
/// and the assembly whose commands run in that context's transaction.
/// </summary>
public sealed record ModuleDatabase(string Schema, Type ContextType, Assembly ModuleAssembly);
