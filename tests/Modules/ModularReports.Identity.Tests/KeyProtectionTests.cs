using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModularReports.BuildingBlocks.Persistence;
using ModularReports.HostTesting;
using ModularReports.Identity.Data;

namespace ModularReports.Identity.Tests;

/// <summary>The keys behind cookies and tokens are kept in the database for every node, encrypted when a certificate is configured.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task With_a_certificate_configured_the_stored_keys_are_encrypted_and_sign_in_works()
    {
        var folder = Directory.CreateTempSubdirectory("modularreports-keys-").FullName;
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ModularReports keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-only"));
        }

        await using var host = await HostFactory.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["DataProtection:Certificate:Path"] = pfx,
            ["DataProtection:Certificate:Password"] = "test-only",
        });
        var reporter = await host.ApiClientAsync(DemoUsers.Reporter); // a token: protected with the keys
        (await reporter.GetAsync("/api/me")).EnsureSuccessStatusCode();

        await using var scope = host.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }
}
