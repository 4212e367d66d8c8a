using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using UnHabitat.Meetings.Web.Security;
using UnHabitat.Meetings.Web.Ui;

namespace UnHabitat.Meetings.Web.Delivery;

/// <summary>
/// Guards an upload route before a byte of its body is read. It runs after sign-in and the route's roles
/// (so a caller who may not upload is refused without reading anything) and before anti-forgery and model
/// binding (which would otherwise read, and spool to disk, the whole form). A declared length over the
/// limit is refused at once; a body without one (chunked) is cut off when it passes the limit, in Kestrel
/// and in the stream itself. Either way the answer is 413 naming the limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class UploadBodyLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form around the file: boundaries, part headers, the language, the anti-forgery token.</summary>
    internal const long FormOverhead = 64 * 1024;

    /// <summary>Before anti-forgery validation (order 1000), which reads the form.</summary>
    public int Order => -10_000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Result is not null)
        {
            return;
        }

        var http = context.HttpContext;
        var limit = UploadLimit.Of(http.RequestServices.GetRequiredService<IConfiguration>());
        var cap = limit + FormOverhead;
        if (http.Request.ContentLength > cap)
        {
            context.Result = TooLarge(context, limit);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrel)
        {
            kestrel.MaxRequestBodySize = cap;
        }

        var capped = new CappedStream(http.Request.Body, cap);
        http.Request.Body = capped;
        if (!http.Request.HasFormContentType)
        {
            return; // nothing will read the body; the action says that the file is missing
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = cap, ValueCountLimit = 64 }));
        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception tooLarge) when (capped.Exceeded || tooLarge is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            context.Result = TooLarge(context, limit);
        }
        catch (InvalidDataException malformed)
        {
            context.Result = Refused(context, StatusCodes.Status400BadRequest, "Not a file upload", "The upload is not a well-formed form: " + malformed.Message);
        }
    }

    private static IActionResult TooLarge(AuthorizationFilterContext context, long limit) =>
        Refused(context, StatusCodes.Status413PayloadTooLarge, "File too large", $"A file may be at most {limit / (1024 * 1024.0):0.#} MB; this upload is larger, and was not read further.");

    /// <summary>Problem details for the API, a page in the site's layout for the forms.</summary>
    private static IActionResult Refused(AuthorizationFilterContext context, int status, string title, string detail)
    {
        if (AuthenticationSetup.IsApi(context.HttpContext.Request))
        {
            return new ObjectResult(new ProblemDetails { Status = status, Title = title, Detail = detail })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }

        var viewData = new ViewDataDictionary<ProblemPage>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState)
        {
            Model = new ProblemPage(status, title, detail + " Go back, choose a smaller file and upload it again."),
        };
        return new ViewResult { ViewName = "Problem", ViewData = viewData, StatusCode = status };
    }

    /// <summary>A request body that stops at a number of bytes, wherever it is read from.</summary>
    private sealed class CappedStream(Stream inner, long cap) : Stream
    {
        private long _read;

        public bool Exceeded { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            if (_read > cap)
            {
                Exceeded = true;
                throw new BadHttpRequestException("The request body is larger than the upload limit.", StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }
    }
}
