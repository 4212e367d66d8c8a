using System.Linq.Expressions;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Documents;

/// <summary>One uploaded file of a language version; every upload is a new version, the old ones are kept.</summary>
public sealed class DocumentFile
{
    public DocumentFile(string language, int version, string sha256, string fileName, string contentType, long size, LanguageStatus status, DateTimeOffset uploadedAt, string uploadedBy)
    {
        Language = language;
        Version = version;
        Sha256 = sha256;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Status = status;
        UploadedAt = uploadedAt;
        UploadedBy = uploadedBy;
    }

    public string Language { get; private set; }

    public int Version { get; private set; }

    /// <summary>The content's SHA-256: its address in the file store, and its ETag.</summary>
    public string Sha256 { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public LanguageStatus Status { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; }
}

/// <summary>A language version's own standing (the file versions hold the history).</summary>
public sealed class DocumentLanguage
{
    public DocumentLanguage(string language, LanguageStatus status)
    {
        Language = language;
        Status = status;
    }

    public string Language { get; private set; }

    public LanguageStatus Status { get; internal set; }
}

/// <summary>
/// A document of a meeting, under its UN symbol, with one file per official language. Required documents
/// are due the body's deadline days before the meeting; publication makes it visible to those its
/// distribution allows; a revision, corrigendum or addendum points at the document it revises.
/// </summary>
public sealed class Document : AggregateRoot
{
    private readonly List<DocumentLanguage> _languages = [];
    private readonly List<DocumentFile> _files = [];

    public Document(Guid id, Guid meetingId, Guid bodyId, DocumentSymbol symbol, string title, DocumentCategory category, Guid? agendaItemId,
        Distribution distribution, string originalLanguage, bool required, DateTimeOffset? dueAt, IEnumerable<string>? requiredLanguages, Guid? revises)
        : base(id)
    {
        MeetingId = meetingId;
        BodyId = bodyId;
        Symbol = symbol.ToString();
        Title = title;
        Category = category;
        AgendaItemId = agendaItemId;
        Distribution = distribution;
        OriginalLanguage = originalLanguage;
        Required = required;
        DueAt = required ? dueAt : null;
        Revises = revises;
        foreach (var language in (requiredLanguages ?? []).Append(originalLanguage).Distinct())
        {
            _languages.Add(new DocumentLanguage(language, LanguageStatus.Missing));
        }
    }

    private Document()
    {
        Symbol = Title = OriginalLanguage = "";
    }

    public Guid MeetingId { get; private set; }

    public Guid BodyId { get; private set; }

    public string Symbol { get; private set; }

    public string Title { get; private set; }

    public DocumentCategory Category { get; private set; }

    public Guid? AgendaItemId { get; private set; }

    public Distribution Distribution { get; private set; }

    public string OriginalLanguage { get; private set; }

    public bool Required { get; private set; }

    public DateTimeOffset? DueAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Set when a newer revision (Rev.) replaces this one.</summary>
    public Guid? SupersededBy { get; private set; }

    /// <summary>The document this one revises, corrects or adds to.</summary>
    public Guid? Revises { get; private set; }

    /// <summary>Why a late document is late: printed in its footnote.</summary>
    public string? LateJustification { get; private set; }

    public IReadOnlyList<DocumentLanguage> Languages => _languages;

    public IReadOnlyList<DocumentFile> Files => _files;

    public bool IsPublished => PublishedAt is not null;

    /// <summary>Posted after its deadline.</summary>
    public bool WasLate => PublishedAt is { } posted && IsLateAt(posted);

    /// <summary>
    /// The one meaning of "late": a required document not posted by its deadline, i.e. posted after it, or
    /// still unposted at <paramref name="now"/> once it has passed. The deadline instant itself is on time.
    /// </summary>
    public bool IsLateAt(DateTimeOffset now) => IsLate(Required, DueAt, PublishedAt, now);

    /// <summary>The same rule for a document a list knows only by these columns.</summary>
    public static bool IsLate(bool required, DateTimeOffset? dueAt, DateTimeOffset? postedAt, DateTimeOffset now) =>
        required && dueAt is { } due && (postedAt ?? now) > due;

    public DocumentFile? CurrentFile(string language) => _files.Where(f => f.Language == language).MaxBy(f => f.Version);

    /// <summary>A new file for a language: a new version, the earlier ones kept.</summary>
    public DocumentFile Upload(string language, string sha256, string fileName, string contentType, long size, bool final, DateTimeOffset at, string by)
    {
        if (SupersededBy is not null)
        {
            throw new DomainRuleException("SupersededDocumentCannotChange", "A newer revision replaces this document; upload to the revision instead.");
        }

        Changed();
        var version = (_files.Where(f => f.Language == language).Max(f => (int?)f.Version) ?? 0) + 1;
        var status = final ? LanguageStatus.Final : LanguageStatus.AdvanceUnedited;
        var file = new DocumentFile(language, version, sha256, fileName, contentType, size, status, at, by);
        _files.Add(file);
        var entry = _languages.Find(l => l.Language == language);
        if (entry is null)
        {
            _languages.Add(new DocumentLanguage(language, status));
        }
        else
        {
            entry.Status = status;
        }

        return file;
    }

    /// <summary>Makes the document visible to those its distribution allows. A late one says why.</summary>
    public void Publish(DateTimeOffset at, string? lateJustification)
    {
        if (CurrentFile(OriginalLanguage) is null)
        {
            throw new DomainRuleException("DocumentNeedsItsOriginalBeforePublishing", $"Upload the original ({OriginalLanguage}) version before publishing.");
        }

        if (PublishedAt is null && IsLateAt(at) && string.IsNullOrWhiteSpace(lateJustification))
        {
            throw new DomainRuleException("LateDocumentNeedsJustification",
                "This document is published after its deadline: give the justification that its late footnote will carry.");
        }

        Changed();
        PublishedAt ??= at;
        LateJustification = string.IsNullOrWhiteSpace(lateJustification) ? LateJustification : lateJustification.Trim();
    }

    /// <summary>
    /// The deadline passed: required language versions with no file become Overdue. Returns those it marked
    /// (none the second time: the job may fire again and must change nothing).
    /// </summary>
    public IReadOnlyList<string> MarkOverdue(DateTimeOffset now)
    {
        if (!Required || DueAt is null || now < DueAt)
        {
            return [];
        }

        var marked = _languages.Where(l => l.Status == LanguageStatus.Missing).ToList();
        if (marked.Count > 0)
        {
            Changed();
            marked.ForEach(l => l.Status = LanguageStatus.Overdue);
        }

        return [.. marked.Select(l => l.Language)];
    }

    /// <summary>The meeting moved: so does the deadline; versions no longer late are missing again.</summary>
    public void MoveDeadline(DateTimeOffset dueAt, DateTimeOffset now)
    {
        if (!Required || DueAt == dueAt)
        {
            return;
        }

        Changed();
        DueAt = dueAt;
        if (dueAt > now)
        {
            _languages.Where(l => l.Status == LanguageStatus.Overdue).ToList().ForEach(l => l.Status = LanguageStatus.Missing);
        }
    }

    public void SupersedeWith(Guid revisionId)
    {
        Changed();
        SupersededBy = revisionId;
    }

    public DeadlineStatus DeadlineStatusAt(DateTimeOffset now, TimeSpan dueSoon) => (DueAt, PublishedAt) switch
    {
        (null, _) => DeadlineStatus.Met,
        (_, { }) => IsLateAt(now) ? DeadlineStatus.MetLate : DeadlineStatus.Met,
        _ when IsLateAt(now) => DeadlineStatus.Overdue,
        ({ } due, null) when due - now <= dueSoon => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.Upcoming,
    };

    /// <summary>
    /// The same rule for a required document known only by its deadline and when it was posted (null: not
    /// yet), as a list reads it.
    /// </summary>
    public static DeadlineStatus RequiredDeadlineStatus(DateTimeOffset dueAt, DateTimeOffset? postedAt, DateTimeOffset now, TimeSpan dueSoon) => postedAt switch
    {
        { } posted => posted > dueAt ? DeadlineStatus.MetLate : DeadlineStatus.Met,
        null when now > dueAt => DeadlineStatus.Overdue,
        null when dueAt - now <= dueSoon => DeadlineStatus.DueSoon,
        _ => DeadlineStatus.Upcoming,
    };

    /// <summary>
    /// The required documents in one deadline status at <paramref name="now"/>, as a filter the database
    /// applies (the same rule as <see cref="RequiredDeadlineStatus"/>), so that a list reads only those.
    /// </summary>
    public static Expression<Func<Document, bool>> RequiredInDeadlineStatus(DeadlineStatus status, DateTimeOffset now, TimeSpan dueSoon)
    {
        var soon = now + dueSoon;
        return status switch
        {
            DeadlineStatus.Met => d => d.PublishedAt != null && d.PublishedAt <= d.DueAt,
            DeadlineStatus.MetLate => d => d.PublishedAt != null && d.PublishedAt > d.DueAt,
            DeadlineStatus.Overdue => d => d.PublishedAt == null && d.DueAt < now,
            DeadlineStatus.DueSoon => d => d.PublishedAt == null && d.DueAt >= now && d.DueAt <= soon,
            _ => d => d.PublishedAt == null && d.DueAt > soon,
        };
    }

    /// <summary>
    /// The published documents a caller outside the body's insiders may read (the rule of <see cref="IsReadableBy"/>),
    /// as a filter the database applies: <paramref name="member"/> says whether the caller's State is a member of the body.
    /// </summary>
    public static Expression<Func<Document, bool>> ReadableBy(bool signedIn, bool member) =>
        d => d.PublishedAt != null
            && (d.Distribution == Distribution.General || (signedIn && (d.Distribution == Distribution.Limited || member)));

    /// <summary>Who may read it once published (the Secretariat and chairs always may).</summary>
    public bool IsReadableBy(bool signedIn, string? memberState, IEnumerable<string> bodyMembers) =>
        IsPublished && Distribution.Admits(signedIn, memberState, bodyMembers);
}
