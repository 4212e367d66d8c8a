namespace UnHabitat.Meetings.Domain.Resolutions;

/// <summary>What a body adopted: a resolution (<c>HSP/HA.2/RES.7</c>) or a decision (<c>HSP/HA.2/DEC.1</c>).</summary>
public enum ResolutionKind
{
    Resolution,
    Decision,
}

/// <summary>Where the implementation of a resolution, or of one of its operative paragraphs, stands.</summary>
public enum ImplementationStatus
{
    NotStarted,
    UnderImplementation,
    Completed,
    Extended,
    NotApplicable,
}

public static class ImplementationStatuses
{
    /// <summary>The status as the report writes it: "under implementation", "not applicable".</summary>
    public static string Words(this ImplementationStatus status) => status switch
    {
        ImplementationStatus.NotStarted => "not started",
        ImplementationStatus.UnderImplementation => "under implementation",
        ImplementationStatus.Completed => "completed",
        ImplementationStatus.Extended => "extended",
        ImplementationStatus.NotApplicable => "not applicable",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Reads a status by its exact name (NotStarted, UnderImplementation …); numbers are not accepted.</summary>
    public static bool TryRead(string? text, out ImplementationStatus status)
    {
        foreach (var candidate in Enum.GetValues<ImplementationStatus>())
        {
            if (string.Equals(text?.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string List => string.Join(", ", Enum.GetNames<ImplementationStatus>());
}
