using System.Globalization;

namespace UnHabitat.Meetings.Benchmarks;

/// <summary>
/// The CPU time of the app's Chromium processes, read from /proc (Linux): how much one PDF costs the browser, and how many
/// renderer processes share the printing (one renderer for all pages means one core, whatever the pool's size).
/// </summary>
internal static class ChromiumProcesses
{
    /// <summary>Clock ticks a second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    /// <summary>Every descendant of <paramref name="root"/> that is Chromium (its --type, browser when none) or Playwright's driver ("driver"), with its CPU time in ms.</summary>
    public static IReadOnlyDictionary<int, (string Type, double CpuMs)> Of(int root)
    {
        var parents = new Dictionary<int, int>();
        var cpu = new Dictionary<int, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // The command is in parentheses and may hold spaces: the fields are counted after its closing one.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                cpu[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Gone meanwhile.
            }
        }

        var result = new Dictionary<int, (string, double)>();
        foreach (var (pid, _) in parents)
        {
            if (!Descends(pid, root, parents))
            {
                continue;
            }

            string command;
            try
            {
                command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            }
            catch (IOException)
            {
                continue;
            }

            if (command.Contains("run-driver", StringComparison.Ordinal))
            {
                // Playwright's Node.js driver: every DevTools message, the PDF's base64 included, passes through it.
                result[pid] = ("driver", cpu[pid]);
            }
            else if (command.Contains("chromium", StringComparison.OrdinalIgnoreCase) || command.Contains("chrome", StringComparison.OrdinalIgnoreCase))
            {
                var at = command.IndexOf("--type=", StringComparison.Ordinal);
                var type = at < 0 ? "browser" : command[(at + 7)..].Split(' ')[0];
                result[pid] = (type, cpu[pid]);
            }
        }

        return result;
    }

    /// <summary>CPU time of the app process itself (the dotnet host), in ms.</summary>
    public static double CpuMsOf(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
    }

    /// <summary>The CPU time of all of the app's Chromium processes (its driver left out), in ms.</summary>
    public static double ChromiumMs(IReadOnlyDictionary<int, (string Type, double CpuMs)> processes) =>
        processes.Values.Where(p => p.Type != "driver").Sum(p => p.CpuMs);

    /// <summary>The fields of /proc/stat's cpu line that count busy time: user, nice, system, irq, softirq, steal.</summary>
    private static readonly int[] BusyFields = [1, 2, 3, 6, 7, 8];

    /// <summary>CPU time the whole machine spent busy (all cores; user, system, interrupts, steal), in ms, from /proc/stat.</summary>
    public static double MachineBusyMs()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var busy = BusyFields.Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture));
        return busy * 1000 / TicksPerSecond;
    }

    /// <summary>What each Chromium process spent between two readings, renderers first.</summary>
    public static string Spent(IReadOnlyDictionary<int, (string Type, double CpuMs)> before, IReadOnlyDictionary<int, (string Type, double CpuMs)> after, int pdfs)
    {
        var spent = after.Select(p => (p.Key, p.Value.Type, Ms: p.Value.CpuMs - (before.TryGetValue(p.Key, out var b) ? b.CpuMs : 0))).Where(p => p.Ms > 0).ToList();
        var driver = spent.Where(p => p.Type == "driver").Sum(p => p.Ms);
        var chromium = spent.Where(p => p.Type != "driver").ToList();
        var renderers = chromium.Where(p => p.Type == "renderer").ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"Chromium CPU {chromium.Sum(p => p.Ms) / pdfs:0} ms a PDF (renderers {renderers.Sum(p => p.Ms) / pdfs:0} ms, browser and others {(chromium.Sum(p => p.Ms) - renderers.Sum(p => p.Ms)) / pdfs:0} ms), Playwright's driver {driver / pdfs:0} ms; renderer processes that printed: {renderers.Count} ({string.Join(", ", renderers.OrderByDescending(p => p.Ms).Select(p => $"{p.Ms:0} ms"))})");
    }

    private static bool Descends(int pid, int root, Dictionary<int, int> parents)
    {
        for (var step = 0; step < 64 && pid > 1; step++)
        {
            if (!parents.TryGetValue(pid, out var parent))
            {
                return false;
            }

            if (parent == root)
            {
                return true;
            }

            pid = parent;
        }

        return false;
    }
}
