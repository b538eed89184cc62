using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Polemos.Core;
using Polemos.Ingest;

namespace Polemos.Server;

/// <summary>Reads request bodies within the size limit, and the reader options a request may set.</summary>
public static class RequestBody
{
    /// <summary>The body in memory; larger than <paramref name="maxBytes"/> is refused before it is read.</summary>
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, n);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>A JSON body as <typeparamref name="T"/>; a malformed or missing body is a 400 with a message.</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request, long maxBytes, CancellationToken ct)
        where T : class
    {
        using var body = await ReadAsync(request, maxBytes, ct).ConfigureAwait(false);
        try
        {
            return (body.Length == 0 ? null : JsonSerializer.Deserialize<T>(body, EventJson.Options))
                ?? throw new PolemosException(ErrorCode.BadArgument, "the request needs a JSON object as its body");
        }
        catch (JsonException e)
        {
            throw new PolemosException(ErrorCode.InputMalformed, $"the request body is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Reader options from <c>?published=YYYY-MM-DD&amp;language=xx</c>.</summary>
    public static ReaderOptions Options(HttpRequest request, long maxBytes)
    {
        string? published = request.Query["published"].FirstOrDefault();
        DateOnly? date = null;
        if (!string.IsNullOrEmpty(published))
        {
            date = DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new PolemosException(ErrorCode.BadArgument, $"published must be a date as YYYY-MM-DD, not '{published}'");
        }

        string? language = request.Query["language"].FirstOrDefault();
        return new ReaderOptions { MaxBytes = maxBytes, Published = date, Language = string.IsNullOrEmpty(language) ? null : language };
    }

    private static PolemosException TooLarge(long maxBytes) =>
        new(ErrorCode.InputTooLarge, $"the request body is larger than {maxBytes} bytes");
}
