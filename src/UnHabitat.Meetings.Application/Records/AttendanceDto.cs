using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Application.Records;

public sealed record AttendanceLineDto(string MemberState, AttendanceStatus Status, AttendanceMode Mode, IReadOnlyList<string>? Delegates);

public sealed record AttendanceDto(
    IReadOnlyList<AttendanceLineDto> Lines,
    IReadOnlyList<string> Observers,
    IReadOnlyList<string> Secretariat,
    Quorum? Quorum,
    DateTimeOffset? CalledToOrderAt,
    DateTimeOffset? AdjournedAt,
    int Version);
