using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Polemos.Store.Tests;

/// <summary>A local HTTP server on a free port that answers fixed paths with fixed bodies, for URL and feed inputs.</summary>
public sealed class TinyWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, (string Type, string Body)> _pages;
    private readonly Task _loop;

    public TinyWebServer(Dictionary<string, (string Type, string Body)> pages)
    {
        _pages = pages;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Root + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Root { get; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending accept: the loop is over.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (_pages.TryGetValue(context.Request.Url!.AbsolutePath, out var page))
            {
                byte[] body = Encoding.UTF8.GetBytes(page.Body);
                context.Response.ContentType = page.Type;
                context.Response.ContentLength64 = body.Length;
                await context.Response.OutputStream.WriteAsync(body);
            }
            else
            {
                context.Response.StatusCode = 404;
            }

            context.Response.Close();
        }
    }
}
