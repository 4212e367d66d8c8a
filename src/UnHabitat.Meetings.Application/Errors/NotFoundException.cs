namespace UnHabitat.Meetings.Application.Errors;

/// <summary>The thing does not exist, or does not exist for this caller (a draft hidden from delegations).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string what, object key) : base($"{what} '{key}' was not found.")
    {
    }

    public NotFoundException() : base("Not found.")
    {
    }

    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
