using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Application.Abstractions;

/// <summary>
/// Where downloads are recorded for the Secretariat's statistics. Written in batches off the request's
/// path (ADR 011), so that a hundred delegations downloading at once do not queue on one write each.
/// </summary>
public interface IDownloadLog
{
    void Record(DownloadRecord download);
}
