using UnHabitat.Meetings.Application.Records;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Reference;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// The speaker as typed in the live entry: a State by name or code ("Kenya", "KE", "Kenya (KE)"), several
/// States for a joint statement ("Kenya, France"), "Chair", "Secretariat", or "Observer: name". With
/// "on behalf of", a State speaks for a group.
/// </summary>
public static class SpeakerInput
{
    public const string Hint = "A State's name or code (Kenya, KE, KEN), several separated by commas for a joint statement, Chair, Secretariat, or Observer: name.";

    /// <summary>The datalist entry of a State: what the picker offers and what <see cref="Parse"/> reads back.</summary>
    public static string Label(MemberState state) => $"{state.Name} ({state.Code})";

    public static string Describe(SpeakerDto speaker, IReadOnlyList<MemberState> states)
    {
        string Name(string? code) => states.FirstOrDefault(s => s.Code == code)?.Name ?? code ?? "?";
        return speaker.Kind switch
        {
            SpeakerKind.MemberState => Name(speaker.MemberState),
            SpeakerKind.MemberStates => string.Join(", ", (speaker.MemberStates ?? []).Select(Name)),
            SpeakerKind.Group => $"{Name(speaker.MemberState)} on behalf of {speaker.OnBehalfOf}",
            SpeakerKind.Observer => $"Observer: {speaker.Name}",
            SpeakerKind.Official => string.IsNullOrWhiteSpace(speaker.Function) ? speaker.Name ?? "Official" : $"{speaker.Name}, {speaker.Function}",
            _ => Show.Words(speaker.Kind),
        };
    }

    /// <summary>The speaker, or null and why not.</summary>
    public static (SpeakerDto? Speaker, string? Error) Parse(string? typed, string? onBehalfOf, IReadOnlyList<MemberState> states)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, "Say who spoke.");
        }

        if (string.Equals(text, "Chair", StringComparison.OrdinalIgnoreCase))
        {
            return (new SpeakerDto(SpeakerKind.Chair, null, null, null, null), null);
        }

        if (string.Equals(text, "Secretariat", StringComparison.OrdinalIgnoreCase))
        {
            return (new SpeakerDto(SpeakerKind.Secretariat, null, null, null, null), null);
        }

        if (text.StartsWith("Observer:", StringComparison.OrdinalIgnoreCase))
        {
            var name = text["Observer:".Length..].Trim();
            return name.Length == 0 ? (null, "Name the observer after \"Observer:\".") : (new SpeakerDto(SpeakerKind.Observer, null, null, null, name), null);
        }

        var codes = new List<string>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var state = MemberStates.Resolve(part);
            if (state is null)
            {
                return (null, $"\"{part}\" is not a Member State or observer State: type its name or its ISO code (e.g. Kenya, KE or KEN).");
            }

            codes.Add(state.Code);
        }

        var group = onBehalfOf.TrimToNull();
        return codes.Count switch
        {
            0 => (null, "Say who spoke."),
            1 when group is not null => (new SpeakerDto(SpeakerKind.Group, codes[0], null, group, null), null),
            1 => (new SpeakerDto(SpeakerKind.MemberState, codes[0], null, null, null), null),
            _ when group is not null => (null, "A joint statement of several States cannot also be on behalf of a group."),
            _ => (new SpeakerDto(SpeakerKind.MemberStates, null, codes, null, null), null),
        };
    }
}
