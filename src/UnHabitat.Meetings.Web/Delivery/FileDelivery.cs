using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Agendas;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Journals;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Summaries;
using UnHabitat.Meetings.Domain.Journals;
using UnHabitat.Meetings.Domain.Summaries;
using UnHabitat.Meetings.Infrastructure.Rendering;
using UnHabitat.Meetings.Templates;

namespace UnHabitat.Meetings.Web.Delivery;

/// <summary>
/// How files leave the app, shared by the API (bearer tokens) and the pages (the sign-in cookie), so that
/// both send the same use cases and answer with the same headers: the summary printed or as Word, a
/// document's language version, and the briefcase ZIP streamed as it is written.
/// </summary>
internal static class FileDelivery
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The summary as a PDF in the house style; a published revision is printed once and kept.</summary>
    /// <remarks>
    /// Printed already: found by the stamp of what it is made of, read before anything else (ADR 025), so that a copy is
    /// never kept under the stamp of an older state than the one it was printed from.
    /// </remarks>
    public static async Task<IActionResult> SummaryPdfAsync(ControllerBase controller, IMediator mediator, IPdfRenderer renderer, Guid meetingId, int? revision, CancellationToken cancellationToken)
    {
        var stamp = await mediator.Send(new GetSummaryStamp(meetingId, revision), cancellationToken);
        var printed = controller.HttpContext.RequestServices.GetRequiredService<PrintedSummaries>();
        if (printed.Find(stamp.Key) is { } copy)
        {
            return NotModified(controller, copy.ETag)
                ? controller.StatusCode(StatusCodes.Status304NotModified)
                : Document(controller, copy.Pdf, Pdf, copy.FileName, inline: true);
        }

        var summary = await mediator.Send(new GetSummary(meetingId, revision), cancellationToken);
        var request = new PdfRequest(SummaryHtml.Render(summary.Summary), summary.Summary.Title, "en", Keep: summary.Status == SummaryStatus.Published);
        var key = request.Key;
        if (NotModified(controller, key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        var pdf = await renderer.RenderAsync(request, cancellationToken);
        var fileName = $"{stamp.FileStem}_summary_rev{summary.Revision}.pdf";
        printed.Keep(stamp.Key, new PrintedCopy(key, pdf, fileName));
        return Document(controller, pdf, Pdf, fileName, inline: true);
    }

    /// <summary>The summary as a Word document with the house styles.</summary>
    public static async Task<IActionResult> SummaryDocxAsync(ControllerBase controller, IMediator mediator, Guid meetingId, int? revision, CancellationToken cancellationToken)
    {
        var summary = await mediator.Send(new GetSummary(meetingId, revision), cancellationToken);
        var key = Hash("docx-1", HouseStyle.Version, JsonSerializer.Serialize(summary.Summary, Json));
        if (NotModified(controller, key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        var name = await mediator.Send(new GetMeetingFileName(meetingId), cancellationToken);
        return Document(controller, SummaryDocx.Write(summary.Summary), Docx, $"{name}_summary_rev{summary.Revision}.docx", inline: false);
    }

    /// <summary>A day's journal printed in the house style (the summary's template); a published revision is printed once and kept.</summary>
    public static async Task<IActionResult> JournalPdfAsync(ControllerBase controller, IMediator mediator, IPdfRenderer renderer, Guid sessionId, DateOnly? date, int? revision, CancellationToken cancellationToken)
    {
        var journal = await mediator.Send(new GetJournal(sessionId, date, revision), cancellationToken);
        var request = new PdfRequest(SummaryHtml.Render(journal.Journal.AsSummary()), $"{journal.Journal.Title} – {journal.Journal.DayLine}", "en", Keep: journal.Status == JournalStatus.Published);
        if (NotModified(controller, request.Key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        var pdf = await renderer.RenderAsync(request, cancellationToken);
        return Document(controller, pdf, Pdf, JournalFileName(journal, "pdf"), inline: true);
    }

    /// <summary>A day's journal as a Word document with the house styles.</summary>
    public static async Task<IActionResult> JournalDocxAsync(ControllerBase controller, IMediator mediator, Guid sessionId, DateOnly? date, int? revision, CancellationToken cancellationToken)
    {
        var journal = await mediator.Send(new GetJournal(sessionId, date, revision), cancellationToken);
        var key = Hash("journal-docx-1", HouseStyle.Version, JsonSerializer.Serialize(journal.Journal, Json));
        if (NotModified(controller, key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        return Document(controller, SummaryDocx.Write(journal.Journal.AsSummary()), Docx, JournalFileName(journal, "docx"), inline: false);
    }

    private static string JournalFileName(JournalDto journal, string extension) =>
        $"journal-{journal.SessionId:N}-{journal.Date:yyyy-MM-dd}-rev{journal.Revision}.{extension}";

    /// <summary>
    /// The provisional agenda as an official document: the session's symbol top right and in the header of
    /// every later page; a meeting outside any session gets the same document without a symbol.
    /// </summary>
    public static async Task<IActionResult> AgendaPdfAsync(ControllerBase controller, IMediator mediator, IPdfRenderer renderer, Guid meetingId, CancellationToken cancellationToken)
    {
        var agenda = await mediator.Send(new GetProvisionalAgenda(meetingId), cancellationToken);
        var document = AgendaDocument(agenda);
        var request = new PdfRequest(ProvisionalAgendaHtml.Render(document), agenda.Symbol is null ? document.Title : $"{agenda.Symbol} – {document.Title}", "en", agenda.Symbol);
        if (NotModified(controller, request.Key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        var pdf = await renderer.RenderAsync(request, cancellationToken);
        return Document(controller, pdf, Pdf, await AgendaFileNameAsync(mediator, agenda, cancellationToken) + ".pdf", inline: true);
    }

    /// <summary>The same agenda as a Word document, for the Secretariat to edit or circulate.</summary>
    public static async Task<IActionResult> AgendaDocxAsync(ControllerBase controller, IMediator mediator, Guid meetingId, CancellationToken cancellationToken)
    {
        var agenda = await mediator.Send(new GetProvisionalAgenda(meetingId), cancellationToken);
        var document = AgendaDocument(agenda);
        var key = Hash("agenda-docx-1", HouseStyle.Version, JsonSerializer.Serialize(document, Json));
        if (NotModified(controller, key))
        {
            return controller.StatusCode(StatusCodes.Status304NotModified);
        }

        return Document(controller, ProvisionalAgendaDocx.Write(document), Docx, await AgendaFileNameAsync(mediator, agenda, cancellationToken) + ".docx", inline: false);
    }

    /// <summary>The agenda as printed: "Provisional agenda" until the meeting adopts it, then "Agenda".</summary>
    internal static ProvisionalAgendaDocument AgendaDocument(ProvisionalAgendaDto agenda)
    {
        var footnotes = new List<string>();
        var adopted = agenda.Status == Domain.Meetings.AgendaStatus.Adopted;
        var title = adopted ? "Agenda" : "Provisional agenda";
        if (agenda.Status is not (Domain.Meetings.AgendaStatus.Approved or Domain.Meetings.AgendaStatus.Adopted))
        {
            title += "*";
            footnotes.Add($"* Draft ({agenda.Status.ToString().ToLowerInvariant()}): not yet approved by the Chair.");
        }
        else if (agenda.Amendments is not null)
        {
            title += "*";
            footnotes.Add("* Adopted with the following amendments: " + agenda.Amendments);
        }

        return new ProvisionalAgendaDocument(agenda.Symbol, agenda.IssuedOn, agenda.BodyName, agenda.Heading, agenda.VenueAndDates, title,
            [.. agenda.Items.Select(i => Entry(i, 1))], footnotes);
    }

    /// <summary>"6." at the top level, then the last part of the number: "(c)", "(v)".</summary>
    private static AgendaEntry Entry(AgendaItemDto item, int depth) =>
        new(depth == 1 ? item.Number + "." : item.Number[(item.Number.LastIndexOf(' ') + 1)..], item.Title, [.. item.Children.Select(c => Entry(c, depth + 1))]);

    /// <summary>"HSP_EB.2020_19" after the session's symbol, else "HSP_PBA_56_agenda".</summary>
    private static async Task<string> AgendaFileNameAsync(IMediator mediator, ProvisionalAgendaDto agenda, CancellationToken cancellationToken) =>
        agenda.Symbol is not null ? agenda.Symbol.Replace('/', '_') : await mediator.Send(new GetMeetingFileName(agenda.MeetingId), cancellationToken) + "_agenda";

    /// <summary>A stored language version; the ETag is the content's SHA-256 and ranges are served.</summary>
    /// <remarks>Named after its symbol and language ("HSP_EB.2026_15_fr.pdf"), not after the file as uploaded.</remarks>
    /// <remarks>Sent from memory when it is small enough (<see cref="HotFiles"/>), from disk otherwise; the same headers either way.</remarks>
    public static async Task<FileResult> LanguageVersionAsync(ControllerBase controller, FileToSend file)
    {
        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        var hot = controller.HttpContext.RequestServices.GetRequiredService<HotFiles>();
        return await hot.GetAsync(file.Sha256, file.Path, controller.HttpContext.RequestAborted) is { } content
            ? controller.File(content, file.ContentType, EntryName(file), lastModified: null, etag, enableRangeProcessing: true)
            : controller.PhysicalFile(file.Path, file.ContentType, EntryName(file), lastModified: null, etag, enableRangeProcessing: true);
    }

    /// <summary>Languages asked for as "en,fr" or as repeated values (a form's checkboxes); English when none.</summary>
    public static IReadOnlyList<string> Languages(IEnumerable<string?>? values)
    {
        var languages = (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
        return languages.Count == 0 ? ["en"] : languages;
    }

    /// <summary>Writes the files of <see cref="PackBriefcase"/> as one ZIP, each named after its symbol and language.</summary>
    public static async Task WriteBriefcaseAsync(HttpContext context, Guid meetingId, IReadOnlyList<FileToSend> files)
    {
        var name = await context.RequestServices.GetRequiredService<IMediator>().Send(new GetMeetingFileName(meetingId), context.RequestAborted);
        context.Response.ContentType = "application/zip";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName($"{name}_briefcase.zip");
        context.Response.Headers.ContentDisposition = disposition.ToString();

        // Streamed as it is written: ZipArchive writes synchronously, so this response allows it.
        context.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        using var zip = new ZipArchive(context.Response.Body, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files)
        {
            var entry = zip.CreateEntry(EntryName(file), CompressionLevel.Fastest);
            await using var target = entry.Open();
            await using var source = File.OpenRead(file.Path);
            await source.CopyToAsync(target, context.RequestAborted);
        }
    }

    /// <summary>"HSP_EB.2024_3_fr.pdf": the symbol without slashes, the language, the file's own extension.</summary>
    public static string EntryName(FileToSend file) => $"{file.Symbol.Replace('/', '_')}_{file.Language}{Path.GetExtension(file.FileName)}";

    /// <summary>Sets the ETag and answers true when the caller already holds this version.</summary>
    public static bool NotModified(ControllerBase controller, string key)
    {
        var etag = new EntityTagHeaderValue($"\"{key}\"");
        controller.Response.Headers.ETag = etag.ToString();
        // Who may see it depends on the caller: shared caches must not keep it, browsers must revalidate.
        controller.Response.Headers.CacheControl = "private, no-cache";
        var ifNoneMatch = controller.Request.GetTypedHeaders().IfNoneMatch;
        return ifNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any));
    }

    public static FileContentResult Document(ControllerBase controller, byte[] content, string contentType, string fileName, bool inline)
    {
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        controller.Response.Headers.ContentDisposition = disposition.ToString();
        return controller.File(content, contentType);
    }

    public static string Hash(params string[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts))));
}

/// <summary>The largest language version accepted (setting Documents:MaxUploadBytes, default 50 MB), for the API and the pages alike.</summary>
internal static class UploadLimit
{
    public static long Of(IConfiguration configuration) => configuration.GetValue<long>("Documents:MaxUploadBytes", 50L * 1024 * 1024);

    /// <summary>Why a file of <paramref name="length"/> bytes is refused, or null when it may be sent on.</summary>
    public static string? Refusal(long length, IConfiguration configuration)
    {
        var limit = Of(configuration);
        return length > limit ? $"A file may be at most {limit / (1024 * 1024.0):0.#} MB; this one is {length / (1024 * 1024.0):0.#} MB." : null;
    }
}

/// <summary>Addresses of the calendars, as calendar apps need them: absolute, on the configured public address (App:PublicUrl), whatever Host the request named.</summary>
internal static class CalendarLinks
{
    public static string Feed(HttpRequest request, string token) => Address(request).Absolute($"/api/calendar/feeds/{token}.ics");

    public static string Body(HttpRequest request, Guid? bodyId) => Address(request).Absolute($"/api/calendar.ics{(bodyId is null ? "" : $"?bodyId={bodyId}")}");

    private static IPublicAddress Address(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<IPublicAddress>();
}
