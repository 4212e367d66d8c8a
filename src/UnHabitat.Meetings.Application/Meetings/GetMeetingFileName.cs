using System.Text;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Meetings;

/// <summary>
/// The start of the names of a meeting's downloads, as the Secretariat files them: the organization's part
/// of the body's symbol prefix, the body's short name and the meeting's number ("HSP_PBA_56", to which
/// "_summary_rev1.pdf" or "_agenda.docx" is added). Public like <see cref="GetMeeting"/>: the caller has
/// already been allowed the file itself.
/// </summary>
[PublicRequest]
public sealed record GetMeetingFileName(Guid MeetingId) : IQuery<string>;

internal sealed class GetMeetingFileNameHandler(IMeetingsDbContext db) : IRequestHandler<GetMeetingFileName, string>
{
    public async Task<string> Handle(GetMeetingFileName request, CancellationToken cancellationToken)
    {
        var (meeting, body) = await db.LoadMeetingAsync(request.MeetingId, cancellationToken).ConfigureAwait(false);
        return Stem(body.SymbolPrefix, body.ShortName, meeting.Number);
    }

    /// <summary>"HSP/EB", "PBA", 56 → "HSP_PBA_56"; a short name that already starts with the organization keeps it once.</summary>
    internal static string Stem(string symbolPrefix, string shortName, int number)
    {
        var organization = symbolPrefix.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var name = Safe(shortName);
        var parts = organization.Length == 0 || name.StartsWith(organization + "_", StringComparison.OrdinalIgnoreCase) || name.Equals(organization, StringComparison.OrdinalIgnoreCase)
            ? new[] { name, number.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : [organization, name, number.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return string.Join('_', parts.Where(p => p.Length > 0));
    }

    /// <summary>Letters, digits, dots and hyphens are kept; anything else (spaces, slashes) becomes one underscore.</summary>
    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            var keep = char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
            if (keep)
            {
                safe.Append(c);
            }
            else if (safe.Length > 0 && safe[^1] != '_')
            {
                safe.Append('_');
            }
        }

        return safe.ToString().TrimEnd('_');
    }
}
