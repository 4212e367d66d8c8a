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

    public SmtpListener(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _loop = AcceptAsync();
    }

    public List<string> Messages { get; } = [];

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
                await writer.WriteLineAsync(verb switch
                {
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
