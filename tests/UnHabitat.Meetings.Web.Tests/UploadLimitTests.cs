using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Documents;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Testing;
using UnHabitat.Meetings.Web.Tests.Support;

namespace UnHabitat.Meetings.Web.Tests;

/// <summary>
/// Uploads on a real socket (Kestrel): who may not upload is refused before the body is read, and a body
/// over the limit is cut off at the limit, not spooled to disk first.
/// </summary>
[TestFixture]
[Category("Database")]
public sealed class UploadLimitTests
{
    private const long Limit = 1024 * 1024;
    private const long Huge = 1024L * 1024 * 1024;

    private TestDatabase _database = null!;
    private MeetingsApp _app = null!;
    private Uri _address = null!;
    private SignedIn _secretariat = null!;
    private Guid _document;
    private Guid _meeting;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = await TestDatabase.CreateAsync();
        _app = new MeetingsApp(_database, new Dictionary<string, string?> { ["Documents:MaxUploadBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        _app.UseKestrel(0);
        _app.StartServer();
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _app.ServerAddress = _address;
        _secretariat = await _app.UserAsync(Roles.Secretariat);
        var body = (await Bodies.CreateBodyAsync(_secretariat.Client)).Id;
        _meeting = (await MeetingApi.CreateMeetingAsync(_secretariat.Client, body)).Id;
        var registered = await _secretariat.Client.PostAsync($"/api/meetings/{_meeting}/documents",
            System.Net.Http.Json.JsonContent.Create(new { title = "Report of the Executive Director", category = "Report", distribution = "General" }, options: MeetingsApp.Json));
        Assert.That((int)registered.StatusCode, Is.EqualTo(201), await registered.ExplainAsync());
        _document = (await registered.ReadAsync<DocumentDto>()).Id;
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task A_delegation_uploading_a_gigabyte_is_refused_before_its_body_is_read()
    {
        var delegation = await _app.UserAsync(Roles.Delegation, "KE");
        var upload = new EndlessUpload(Huge, "file");

        var response = await upload.SendAsync(_address, "PUT", $"/api/documents/{_document}/files/en", Bearer(delegation));

        Assert.That(response.Status, Is.EqualTo(403), response.Text);
        Assert.That(upload.Sent, Is.LessThan(32L * 1024 * 1024), "the server stopped taking the body at once");
    }

    [Test]
    public async Task An_oversized_chunked_upload_is_cut_off_at_the_limit_with_413()
    {
        var upload = new EndlessUpload(Huge, "file");

        var response = await upload.SendAsync(_address, "PUT", $"/api/documents/{_document}/files/en", Bearer(_secretariat));

        Assert.That(response.Status, Is.EqualTo(413), response.Text);
        Assert.That(response.Text, Does.Contain("application/problem+json").And.Contain("at most 1 MB"));
        Assert.That(upload.Sent, Is.LessThan(32L * 1024 * 1024), "read up to the limit of 1 MB and a little more, not the gigabyte");
    }

    [Test]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var upload = new EndlessUpload(Huge, "file", declareLength: true);

        var response = await upload.SendAsync(_address, "PUT", $"/api/documents/{_document}/files/en", Bearer(_secretariat));

        Assert.That(response.Status, Is.EqualTo(413), response.Text);
        Assert.That(upload.Sent, Is.LessThan(32L * 1024 * 1024));
    }

    [Test]
    public async Task The_documents_tab_cuts_an_oversized_upload_off_with_a_413_page()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = _address };
        var signedIn = await SignInPage.SignInAsync(browser, _secretariat.Email, MeetingsApp.UserPassword);
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await signedIn.ExplainAsync());
        var token = await SignInPage.AntiforgeryTokenAsync(browser, $"/meetings/{_meeting}/documents");
        var upload = new EndlessUpload(Huge, "Upload.File", new() { ["__RequestVerificationToken"] = token, ["Upload.Language"] = "en" });

        var response = await upload.SendAsync(_address, "POST", $"/meetings/{_meeting}/documents/{_document}/files", ("Cookie", cookies.GetCookieHeader(_address)));

        Assert.That(response.Status, Is.EqualTo(413), response.Text);
        Assert.That(response.Text, Does.Contain("A file may be at most 1 MB").And.Contain("<h1>File too large</h1>"));
        Assert.That(upload.Sent, Is.LessThan(32L * 1024 * 1024));
    }

    private static (string, string) Bearer(SignedIn user) => ("Authorization", user.Client.DefaultRequestHeaders.Authorization!.ToString());

    /// <summary>
    /// A multipart form whose file part is <c>length</c> bytes made up as they are sent (nothing is held in
    /// memory), chunked unless told to declare its length, written on a raw socket as a stubborn client
    /// would: it keeps sending until the server answers or closes. <see cref="Sent"/> counts what was sent.
    /// </summary>
    private sealed class EndlessUpload
    {
        private const string Boundary = "upload-limit-test";
        private readonly long _length;
        private readonly byte[] _head;
        private readonly byte[] _tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
        private readonly bool _declareLength;

        public EndlessUpload(long length, string field, Dictionary<string, string>? fields = null, bool declareLength = false)
        {
            _length = length;
            _declareLength = declareLength;
            var head = new StringBuilder();
            foreach (var (name, value) in fields ?? [])
            {
                head.Append(CultureInfo.InvariantCulture, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
            }

            head.Append(CultureInfo.InvariantCulture, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"huge.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n");
            _head = Encoding.ASCII.GetBytes(head.ToString());
        }

        public long Sent { get; private set; }

        public async Task<(int Status, string Text)> SendAsync(Uri address, string method, string path, params (string Name, string Value)[] headers)
        {
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            var request = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{method} {path} HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: multipart/form-data; boundary={Boundary}\r\n");
            request.Append(_declareLength ? FormattableString.Invariant($"Content-Length: {_head.Length + _length + _tail.Length}\r\n") : "Transfer-Encoding: chunked\r\n");
            foreach (var (name, value) in headers)
            {
                request.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
            }

            await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var answer = ReadAnswerAsync(stream, timeout.Token);
            try
            {
                await WriteAsync(stream, _head, answer);
                var chunk = new byte[64 * 1024];
                Array.Fill(chunk, (byte)'%');
                for (var left = _length; left > 0 && !answer.IsCompleted; left -= chunk.Length)
                {
                    await WriteAsync(stream, chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), answer);
                }

                await WriteAsync(stream, _tail, answer);
            }
            catch (IOException)
            {
                // The server closed the connection on the rest of the body; its answer was read meanwhile.
            }

            var text = await answer;
            await TestContext.Out.WriteLineAsync(FormattableString.Invariant($"{Sent} bytes sent before the answer"));
            var status = int.Parse(text.Split(' ', 3)[1], CultureInfo.InvariantCulture);
            return (status, text);
        }

        private async Task WriteAsync(NetworkStream stream, ReadOnlyMemory<byte> data, Task answer)
        {
            if (answer.IsCompleted)
            {
                return;
            }

            if (_declareLength)
            {
                await stream.WriteAsync(data);
            }
            else
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:X}\r\n"));
                await stream.WriteAsync(data);
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            Sent += data.Length;
        }

        /// <summary>The whole answer: until the server closes, or its body is complete.</summary>
        private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken cancellationToken)
        {
            var received = new StringBuilder();
            var buffer = new byte[16 * 1024];
            try
            {
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    received.Append(Encoding.UTF8.GetString(buffer, 0, read));
                    var text = received.ToString();
                    var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (end < 0)
                    {
                        continue;
                    }

                    var length = System.Text.RegularExpressions.Regex.Match(text[..end], @"(?im)^Content-Length: *(\d+)");
                    if ((length.Success && Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture))
                        || text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }
            catch (IOException)
            {
            }

            return received.ToString();
        }
    }
}
