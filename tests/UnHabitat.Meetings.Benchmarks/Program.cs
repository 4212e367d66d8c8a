using BenchmarkDotNet.Running;
using UnHabitat.Meetings.Benchmarks;

// Benchmarks are not part of `./build.sh test`: run them with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- --filter '*'
// and the PDF renderer (a Stopwatch runner, see PdfRenderBenchmark) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- pdf
// and where one warm render's time goes (HTML, fonts, tagging, outline, Info stamp; the full browser against the headless
// shell; eight at once against one alone on the renderer itself, no HTTP or database) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- pdf-parts [runs]
// and the 56th PBA summary printed through the API of the Release build against LibreOffice converting its DOCX
// (issue 15: warm after a change, 8 at once, printed already, first PDF after start) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- printing [warm runs] [rounds of 8] [LibreOffice runs] [untimed settling runs, 100]
// and the delegations' download load (starts the Release build of the web app and its own nginx; needs nginx and wrk) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- downloads [seconds] [connections]
// and the start of ./build.sh run to its banner and the first PDF after it (run after a first ./build.sh run) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- start
// and the deadline jobs after a crash (starts the Release build of the web app itself) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- restart [documents]
// and lists and search on a one-year and a ten-year database (tools/UnHabitat.Meetings.Generator) with
//   dotnet run -c Release --project tests/UnHabitat.Meetings.Benchmarks -- scale <one-year> <ten-year>
if (args is ["printing", ..])
{
    await PrintingBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["pdf-parts", ..])
{
    await PdfPartsBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["pdf", ..])
{
    await PdfRenderBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["restart", ..])
{
    await DeadlineRestartBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["scale", ..])
{
    await ScaleBenchmark.RunAsync(args[1..]);
    return;
}

if (args is ["start", ..])
{
    await StartBenchmark.RunAsync();
    return;
}

if (args is ["downloads", ..])
{
    await DownloadLoad.RunAsync(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
