using System.Net;
using System.Net.Sockets;
using System.Text;

namespace UnHabitat.Meetings.Web.Tests.Support;

/// <summary>
/// A minimal SMTP server on loopback that accepts every message and keeps it, so a test can see that an
/// e-mail really went out over the wire.
/// </summary>
public sealed class SmtpListener : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly bool _offersSignIn;

    /// <param name="offersSignIn">Offers AUTH PLAIN and keeps the user names that signed in.</param>
    public SmtpListener(int port, bool offersSignIn = false)
    {
        _offersSignIn = offersSignIn;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _loop = AcceptAsync();
    }

    public List<string> Messages { get; } = [];

    /// <summary>The user names of AUTH PLAIN, in order (only when sign-in is offered).</summary>
    public List<string> SignIns { get; } = [];

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { AutoFlush = true, NewLine = "\r\n" };
            await writer.WriteLineAsync("220 localhost test SMTP");
            var data = new StringBuilder();
            var inData = false;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (inData)
                {
                    if (line == ".")
                    {
                        inData = false;
                        lock (Messages)
                        {
                            Messages.Add(data.ToString());
                        }

                        data.Clear();
                        await writer.WriteLineAsync("250 queued");
                    }
                    else
                    {
                        data.AppendLine(line);
                    }

                    continue;
                }

                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (_offersSignIn && verb == "AUTH")
                {
                    // "AUTH PLAIN base64(authzid NUL user NUL password)", sent with its initial response.
                    var plain = Encoding.UTF8.GetString(Convert.FromBase64String(line.Split(' ')[2])).Split('\0');
                    lock (SignIns)
                    {
                        SignIns.Add(plain[1]);
                    }

                    await writer.WriteLineAsync("235 signed in");
                    continue;
                }

                await writer.WriteLineAsync(verb switch
                {
                    "EHLO" when _offersSignIn => "250-localhost\r\n250 AUTH PLAIN",
                    "EHLO" or "HELO" => "250 localhost",
                    "DATA" => "354 go ahead",
                    "QUIT" => "221 bye",
                    _ => "250 ok",
                });
                inData = verb == "DATA";
                if (verb == "QUIT")
                {
                    break;
                }
            }
        }
    }
}
