using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Identity.Infrastructure;
using ModularReports.Testing;

namespace ModularReports.Identity.Tests;

/// <summary>A bearer token is decrypted once and its ticket remembered; what it may do never outlives the token.</summary>
public sealed class RememberedTokenTests
{
    [Fact]
    public void A_token_is_read_once_and_each_request_gets_its_own_copy_of_the_user()
    {
        var inner = new CountingProtector();
        var tickets = new RememberedBearerTickets(inner);

        var first = tickets.Unprotect("token-of-the-reporter");
        var second = tickets.Unprotect("token-of-the-reporter");

        Assert.Equal(1, inner.Reads);
        Assert.NotSame(first!.Principal, second!.Principal);
        Assert.NotSame(first.Principal.Identity, second.Principal.Identity);
        Assert.Equal("reporter@demo.local", second.Principal.FindFirstValue(ClaimTypes.Email));
        Assert.Equal(first.Properties.ExpiresUtc, second.Properties.ExpiresUtc);
    }

    [Fact]
    public void A_token_that_does_not_read_is_refused_every_time_and_not_remembered()
    {
        var inner = new CountingProtector();
        var tickets = new RememberedBearerTickets(inner);

        Assert.Null(tickets.Unprotect("forged"));
        Assert.Null(tickets.Unprotect("forged"));
        Assert.Null(tickets.Unprotect(string.Empty));

        Assert.Equal(2, inner.Reads);
    }

    [Fact]
    public async Task A_remembered_token_is_refused_once_it_has_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (database)
        {
            using var host = new HostFactory(database, services: s => s.AddSingleton<TimeProvider>(clock));
            host.StartServer();
            var client = host.CreateClient();
            var issued = await (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Reporter, password = DemoUsers.Password }))
                .Content.ReadFromJsonAsync<JsonElement>();
            client.DefaultRequestHeaders.Authorization = new("Bearer", issued.GetProperty("accessToken").GetString());

            var fresh = await client.GetAsync("/api/me");
            clock.Advance(TimeSpan.FromMinutes(59));
            var nearlyAnHourLater = await client.GetAsync("/api/me");
            clock.Advance(TimeSpan.FromMinutes(2)); // past the hour; the ticket is still remembered
            var expired = await client.GetAsync("/api/me");

            Assert.Equal(
                [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized],
                [fresh.StatusCode, nearlyAnHourLater.StatusCode, expired.StatusCode]);
        }
    }

    private sealed class CountingProtector : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => throw new NotSupportedException();

        public string Protect(AuthenticationTicket data, string? purpose) => throw new NotSupportedException();

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return protectedText != "token-of-the-reporter"
                ? null
                : new AuthenticationTicket(
                    new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Email, "reporter@demo.local")], "Identity.Bearer")),
                    new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddHours(1) },
                    "Identity.Bearer");
        }
    }
}
