namespace UnHabitat.Meetings.Domain.Common;

/// <summary>
/// A rule about who may do something, kept in the aggregate (e.g. only a chair of the body approves its
/// agenda). Answered as 403.
/// </summary>
public sealed class PermissionDeniedException : Exception
{
    public PermissionDeniedException()
    {
    }

    public PermissionDeniedException(string message) : base(message)
    {
    }

    public PermissionDeniedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
