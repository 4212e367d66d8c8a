namespace UnHabitat.Meetings.Domain.Common;

/// <summary>The caller changed something on the basis of a version that is no longer current.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string entity, Guid id, int expectedVersion, int currentVersion)
        : base($"This {Describe(entity)} was changed by someone else since you read it (you sent version {expectedVersion}, the current version is {currentVersion}).")
    {
        CurrentVersion = currentVersion;
        EntityId = id;
    }

    public ConcurrencyConflictException() : base("The record was changed by someone else since you read it.")
    {
    }

    public ConcurrencyConflictException(string message) : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public Guid? EntityId { get; }

    public int? CurrentVersion { get; }

    private static string Describe(string entity) =>
        string.Concat(entity.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
