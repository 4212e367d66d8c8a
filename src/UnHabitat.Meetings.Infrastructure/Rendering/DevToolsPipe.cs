using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Pipelines;
using System.IO.Pipes;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace UnHabitat.Meetings.Infrastructure.Rendering;

/// <summary>
/// One Chromium process spoken to over its DevTools pipe (<c>--remote-debugging-pipe</c>: commands in on fd 3,
/// answers out on fd 4, each message JSON ended by a NUL), with no driver process between (ADR 026). No port is
/// opened, so no other local process can reach the browser. A dead or closed browser fails every command waiting.
/// </summary>
internal sealed class DevToolsPipe : IAsyncDisposable
{
    private readonly Process _process;
    private readonly AnonymousPipeServerStream _commands;
    private readonly AnonymousPipeServerStream _answers;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonDocument>> _waiting = new();
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly string _profile;
    private readonly Task _reading;
    private int _lastId;
    private volatile bool _closed;

    /// <summary>
    /// One launch at a time in this process: a child started meanwhile would inherit the other's pipe ends, and that
    /// browser's death would go unseen by its reader.
    /// </summary>
    private static readonly Lock Launching = new();

    /// <summary>
    /// Markup goes as it is (valid JSON, only quotes, backslashes and controls escaped): the default encoder would write
    /// every '&lt;' of a 100 KB document as six bytes, for nothing, since this text never lands in a web page.
    /// </summary>
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private DevToolsPipe(Process process, AnonymousPipeServerStream commands, AnonymousPipeServerStream answers, string profile)
    {
        _process = process;
        // The end of the pipe is the usual sign of a dead browser; its exit is the sure one.
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) =>
        {
            _closed = true;
            Fail(new DevToolsException("The browser exited."));
        };
        if (process.HasExited)
        {
            _closed = true;
        }

        _commands = commands;
        _answers = answers;
        _profile = profile;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Called for every event (method, session id or null, params): the caller answers the ones it asked for.</summary>
    public Action<string, string?, JsonElement>? OnEvent { get; set; }

    public bool IsConnected => !_closed;

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts the browser with its pipe on fds 3 and 4. .NET cannot place a child's descriptors, so bash moves the
    /// inherited pipe ends there and then becomes the browser (exec): the process id is the browser's.
    /// </summary>
    public static DevToolsPipe Launch(string browserPath, IEnumerable<string> arguments)
    {
        var profile = Directory.CreateTempSubdirectory("meetings-chromium-").FullName;
        var commands = new AnonymousPipeServerStream(PipeDirection.Out, HandleInheritability.Inheritable);
        var answers = new AnonymousPipeServerStream(PipeDirection.In, HandleInheritability.Inheritable);
        try
        {
            var into = commands.GetClientHandleAsString();
            var outOf = answers.GetClientHandleAsString();
            var start = new ProcessStartInfo("/bin/bash")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add($"exec 3<&{into} 4>&{outOf} {into}<&- {outOf}>&-; exec \"$0\" \"$@\"");
            start.ArgumentList.Add(browserPath);
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add("--remote-debugging-pipe");
            start.ArgumentList.Add("--user-data-dir=" + profile);
            Process process;
            lock (Launching)
            {
                process = Process.Start(start) ?? throw new DevToolsException("Chromium did not start.");
                commands.DisposeLocalCopyOfClientHandle();
                answers.DisposeLocalCopyOfClientHandle();
            }

            // Its chatter is not ours to keep, but an unread stream would fill and block it.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.StandardInput.Close();
            return new DevToolsPipe(process, commands, answers, profile);
        }
        catch
        {
            commands.Dispose();
            answers.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>Sends one command (to the browser, or to a page's session) and returns its answer's <c>result</c>.</summary>
    public async Task<JsonDocument> SendAsync(string method, IReadOnlyDictionary<string, object>? parameters = null, string? sessionId = null, CancellationToken cancellationToken = default)
    {
        if (_closed)
        {
            throw new DevToolsException("The browser is gone.");
        }

        var id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = answer;
        var message = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(message, Relaxed))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("method", method);
            if (sessionId is not null)
            {
                json.WriteString("sessionId", sessionId);
            }

            json.WritePropertyName("params");
            JsonSerializer.Serialize(json, parameters ?? new Dictionary<string, object>());
            json.WriteEndObject();
        }

        message.Write([(byte)0]);
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _commands.WriteAsync(message.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await _commands.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            _waiting.TryRemove(id, out _);
            throw new DevToolsException("The browser is gone.", e);
        }
        finally
        {
            _writing.Release();
        }

        if (_closed)
        {
            // The reader may have failed the waiting answers just before this one was added.
            Fail(new DevToolsException("The browser is gone."));
        }

        using var cancel = cancellationToken.Register(() => answer.TrySetCanceled(cancellationToken));
        return await answer.Task.ConfigureAwait(false);
    }

    private async Task ReadAsync()
    {
        var reader = PipeReader.Create(_answers, new StreamPipeReaderOptions(bufferSize: 64 * 1024));
        try
        {
            while (true)
            {
                var read = await reader.ReadAsync().ConfigureAwait(false);
                var buffer = read.Buffer;
                while (buffer.PositionOf((byte)0) is { } end)
                {
                    Dispatch(buffer.Slice(0, end));
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException)
        {
            // The browser died or was closed; the waiting commands learn it below.
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            _closed = true;
            Fail(new DevToolsException("The browser closed."));
        }
    }

    private void Dispatch(ReadOnlySequence<byte> bytes)
    {
        // A parsed document keeps pointing at the bytes it was given, and the pipe's buffer is reused for the next
        // messages as soon as the reader advances: each message gets bytes of its own (an answer is read by its
        // command's caller later, on another thread).
        var message = JsonDocument.Parse(bytes.ToArray());
        var root = message.RootElement;
        if (root.TryGetProperty("id", out var id))
        {
            if (!_waiting.TryRemove(id.GetInt32(), out var answer))
            {
                message.Dispose();
            }
            else if (root.TryGetProperty("error", out var error))
            {
                var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.ToString();
                message.Dispose();
                answer.TrySetException(new DevToolsException(text ?? "DevTools error"));
            }
            else
            {
                answer.TrySetResult(message);
            }

            return;
        }

        using (message)
        {
            var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() : null;
            OnEvent?.Invoke(root.GetProperty("method").GetString()!, session, root.TryGetProperty("params", out var p) ? p : default);
        }
    }

    private void Fail(Exception reason)
    {
        foreach (var id in _waiting.Keys)
        {
            if (_waiting.TryRemove(id, out var answer))
            {
                answer.TrySetException(reason);
            }
        }
    }

    /// <summary>Asks the browser to close; one that does not within the time (hung, frozen) is killed.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_closed)
            {
                await SendAsync("Browser.close").WaitAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is DevToolsException or TimeoutException or IOException or OperationCanceledException)
        {
            // Killed below.
        }

        try
        {
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }

        await _commands.DisposeAsync().ConfigureAwait(false);
        await _answers.DisposeAsync().ConfigureAwait(false);
        await _reading.ConfigureAwait(false);
        _process.Dispose();
        _writing.Dispose();
        TryDelete(_profile);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A crashed browser's leftovers in the temporary folder; nothing depends on them.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>The browser answered a command with an error, or is gone.</summary>
public sealed class DevToolsException : Exception
{
    public DevToolsException(string message) : base(message)
    {
    }

    public DevToolsException(string message, Exception inner) : base(message, inner)
    {
    }

    public DevToolsException()
    {
    }
}
