using Hangfire.Server;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using MimeKit.Text;
using UnHabitat.Meetings.Domain.Notifications;
using UnHabitat.Meetings.Infrastructure.Persistence;

namespace UnHabitat.Meetings.Infrastructure.Email;

/// <summary>
/// Sends the e-mails of the outbox through SMTP (Smtp:Host, Port, UseTls, UserName, Password, From). A
/// message that cannot be sent waits with growing pauses and is tried again; none is lost on restart,
/// since the outbox is in the database. Several instances on one database each claim a message before
/// sending it, so none is sent twice. Without Smtp:Host the messages simply wait.
/// </summary>
/// <remarks>
/// A process of the Hangfire server (ADR 018), which runs it in a loop beside the jobs, stops it with the
/// server and shows it on the dashboard. The outbox is polled rather than one job per message: a message is
/// already claimed per instance in the database, and the poll (Smtp:PollSeconds) is finer than Hangfire's
/// schedule.
/// </remarks>
internal sealed partial class OutboxSender(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<OutboxSender> logger) : IBackgroundProcess
{
    private static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(10);

    public void Execute(BackgroundProcessContext context)
    {
        try
        {
            // Hangfire's processes are synchronous: each runs on a thread of its own, so blocking here holds nothing else.
            SendDueAsync(context.StoppingToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRoundFailed(logger, ex);
        }

        context.Wait(TimeSpan.FromSeconds(configuration.GetValue("Smtp:PollSeconds", 5.0)));
    }

    public override string ToString() => "E-mail outbox";

    private async Task SendDueAsync(CancellationToken ct)
    {
        var host = configuration["Smtp:Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MeetingsDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.EmailOutbox.AsNoTracking().Where(e => e.SentAt == null && e.NextAttemptAt <= now).OrderBy(e => e.CreatedAt)
            .Select(e => e.Id).Take(50).ToListAsync(ct).ConfigureAwait(false);
        if (due.Count == 0)
        {
            return;
        }

        using var client = new SmtpClient { Timeout = (int)SmtpTimeout.TotalMilliseconds };
        var from = new MailboxAddress("UN-Habitat Secretariat of Governing Bodies", configuration["Smtp:From"] ?? "no-reply@meetings.unhabitat.org");
        try
        {
            foreach (var id in due)
            {
                var message = await ClaimAsync(db, id, ct).ConfigureAwait(false);
                if (message is null)
                {
                    continue;
                }

                try
                {
                    // Connected on the first message of the round (and again after a broken connection), so a
                    // server that cannot be reached counts as a failed attempt of that message.
                    await ConnectAsync(client, host, ct).ConfigureAwait(false);
                    using var mail = new MimeMessage([from], [MailboxAddress.Parse(message.To)], message.Subject, new TextPart(TextFormat.Plain) { Text = message.Body });
                    await client.SendAsync(mail, ct).ConfigureAwait(false);
                    message.Sent(clock.GetUtcNow());
                }
                catch (Exception ex) when (ex is CommandException or ProtocolException or AuthenticationException or SslHandshakeException or ParseException
                                               or IOException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException
                                               or NotSupportedException) // e.g. Smtp:UseTls and a server without STARTTLS
                {
                    message.Failed(clock.GetUtcNow(), ex.Message, TimeSpan.FromSeconds(configuration.GetValue("Smtp:RetryBaseSeconds", 10.0)));
                }

                // Saved one by one: a crash in the middle of a round re-sends at most the message in hand.
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await QuitAsync(client).ConfigureAwait(false);
        }
    }

    /// <summary>Says goodbye; a server that already hung up changes nothing, the round's messages are saved.</summary>
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is CommandException or ProtocolException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
        }
    }

    /// <summary>
    /// STARTTLS when Smtp:UseTls (the server must offer it, else the attempt fails rather than sending in
    /// clear); no TLS otherwise. Signs in only when Smtp:UserName is set.
    /// </summary>
    private async Task ConnectAsync(SmtpClient client, string host, CancellationToken ct)
    {
        if (client.IsConnected)
        {
            return;
        }

        var security = configuration.GetValue("Smtp:UseTls", false) ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(host, configuration.GetValue("Smtp:Port", 25), security, ct).ConfigureAwait(false);
        var user = configuration["Smtp:UserName"];
        if (!string.IsNullOrEmpty(user))
        {
            await client.AuthenticateAsync(user, configuration["Smtp:Password"] ?? string.Empty, ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the message for this instance by moving its next attempt past the lease, in one conditional
    /// UPDATE: of several instances polling one database only the one whose UPDATE changed the row sends it.
    /// If this instance dies while sending, the message is simply due again when the lease runs out.
    /// </summary>
    private async Task<EmailMessage?> ClaimAsync(MeetingsDbContext db, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var leaseEnd = now + SmtpTimeout + SmtpTimeout;
        var claimed = await db.EmailOutbox.Where(e => e.Id == id && e.SentAt == null && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.NextAttemptAt, leaseEnd), ct).ConfigureAwait(false);
        return claimed == 1 ? await db.EmailOutbox.SingleAsync(e => e.Id == id, ct).ConfigureAwait(false) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of the e-mail outbox failed; it is tried again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
