using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Application.Records;

public sealed record MeetingRecordDto(IReadOnlyList<ParagraphDto> Paragraphs, IReadOnlyList<InterventionDto> Interventions, IReadOnlyList<ResponseDto> Responses);

/// <summary>
/// The record as entered, with the real speakers: for the Secretariat and the chairs of the meeting's body only
/// (delegations read the published summary, where the attribution policy applies).
/// </summary>
[RequiresRole(Roles.Secretariat, Roles.Chair)]
public sealed record GetMeetingRecord(Guid MeetingId, bool OnlyOpenQuestions = false) : IQuery<MeetingRecordDto>;

internal sealed class GetMeetingRecordHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<GetMeetingRecord, MeetingRecordDto>
{
    public async Task<MeetingRecordDto> Handle(GetMeetingRecord request, CancellationToken cancellationToken)
    {
        var bodyId = await db.Meetings.Where(m => m.Id == request.MeetingId).Select(m => (Guid?)m.BodyId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("Meeting", request.MeetingId);
        user.EnsureSeesDraftsOf(await db.Bodies.AsNoTracking().FirstAsync(b => b.Id == bodyId, cancellationToken).ConfigureAwait(false));

        var interventions = await db.Interventions.AsNoTracking().Where(i => i.MeetingId == request.MeetingId).OrderBy(i => i.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        var responses = await db.SecretariatResponses.AsNoTracking().Where(r => r.MeetingId == request.MeetingId).OrderBy(r => r.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (request.OnlyOpenQuestions)
        {
            // A question stays open until a response points at it.
            var answered = responses.SelectMany(r => r.Answers.Select(a => a.InterventionId)).ToHashSet();
            return new MeetingRecordDto([], [.. interventions.Where(i => i.IsQuestion && !answered.Contains(i.Id)).Select(InterventionDto.From)], []);
        }

        var paragraphs = await db.RecordParagraphs.AsNoTracking().Where(p => p.MeetingId == request.MeetingId).OrderBy(p => p.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new MeetingRecordDto([.. paragraphs.Select(ParagraphDto.From)], [.. interventions.Select(InterventionDto.From)], [.. responses.Select(ResponseDto.From)]);
    }
}
