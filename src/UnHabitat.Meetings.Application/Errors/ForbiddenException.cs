namespace UnHabitat.Meetings.Application.Errors;

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException() : base("You are not allowed to do this.")
    {
    }

    public ForbiddenException(string message) : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
