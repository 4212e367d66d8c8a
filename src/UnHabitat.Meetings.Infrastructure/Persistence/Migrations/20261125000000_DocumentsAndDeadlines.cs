using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>
/// Documents with their language versions and file history, downloads, last visits, the e-mail outbox,
/// subscriptions, calendar feeds, and the observers and Secretariat present at a meeting. (Quartz creates
/// its own QRTZ_ tables at start-up.)
/// </summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261125000000_DocumentsAndDeadlines")]
public sealed class DocumentsAndDeadlines : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Observers", "MeetingRecords", maxLength: Limits.Text, nullable: false, defaultValue: "");
        migrationBuilder.AddColumn<string>("SecretariatPresent", "MeetingRecords", maxLength: Limits.Text, nullable: false, defaultValue: "");

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                Symbol = table.Column<string>(maxLength: Limits.Symbol, nullable: false),
                Title = table.Column<string>(maxLength: Limits.Title, nullable: false),
                Category = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                AgendaItemId = table.Column<Guid>(nullable: true),
                Distribution = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                OriginalLanguage = table.Column<string>(maxLength: 2, nullable: false),
                Required = table.Column<bool>(nullable: false),
                DueAt = table.Column<DateTime>(nullable: true),
                PublishedAt = table.Column<DateTime>(nullable: true),
                SupersededBy = table.Column<Guid>(nullable: true),
                Revises = table.Column<Guid>(nullable: true),
                LateJustification = table.Column<string>(maxLength: Limits.Title * 2, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Documents", x => x.Id);
                table.ForeignKey("FK_Documents_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DocumentLanguages",
            columns: table => new
            {
                Language = table.Column<string>(maxLength: 2, nullable: false),
                DocumentId = table.Column<Guid>(nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentLanguages", x => new { x.DocumentId, x.Language });
                table.ForeignKey("FK_DocumentLanguages_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DocumentFiles",
            columns: table => new
            {
                Language = table.Column<string>(maxLength: 2, nullable: false),
                Version = table.Column<int>(nullable: false),
                DocumentId = table.Column<Guid>(nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                FileName = table.Column<string>(maxLength: Limits.Name, nullable: false),
                ContentType = table.Column<string>(maxLength: Limits.ShortText, nullable: false),
                Size = table.Column<long>(nullable: false),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                UploadedAt = table.Column<DateTime>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: Limits.Name, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DocumentFiles", x => new { x.DocumentId, x.Language, x.Version });
                table.ForeignKey("FK_DocumentFiles_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Downloads",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: true),
                MemberState = table.Column<string>(maxLength: Limits.MemberStateCode, nullable: true),
                DocumentId = table.Column<Guid>(nullable: false),
                Language = table.Column<string>(maxLength: 2, nullable: false),
                InBriefcase = table.Column<bool>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Downloads", x => x.Id));

        migrationBuilder.CreateTable(
            name: "MeetingVisits",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
                LastVisitAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MeetingVisits", x => new { x.UserId, x.MeetingId }));

        migrationBuilder.CreateTable(
            name: "EmailOutbox",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                To = table.Column<string>(maxLength: Limits.Email, nullable: false),
                Subject = table.Column<string>(maxLength: Limits.Title, nullable: false),
                Body = table.Column<string>(maxLength: Limits.Text, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                Attempts = table.Column<int>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
                LastError = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_EmailOutbox", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Subscriptions",
            columns: table => new
            {
                UserId = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                Languages = table.Column<string>(maxLength: Limits.ShortText, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Subscriptions", x => new { x.UserId, x.BodyId }));

        migrationBuilder.CreateTable(
            name: "CalendarFeeds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                TokenHash = table.Column<string>(maxLength: 64, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                RevokedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_CalendarFeeds", x => x.Id));

        migrationBuilder.CreateIndex("IX_CalendarFeeds_TokenHash", "CalendarFeeds", "TokenHash", unique: true);
        migrationBuilder.CreateIndex("IX_Documents_MeetingId_DueAt", "Documents", ["MeetingId", "DueAt"]);
        migrationBuilder.CreateIndex("IX_Documents_Symbol", "Documents", "Symbol", unique: true);
        migrationBuilder.CreateIndex("IX_Downloads_DocumentId_At", "Downloads", ["DocumentId", "At"]);
        migrationBuilder.CreateIndex("IX_EmailOutbox_SentAt_NextAttemptAt", "EmailOutbox", ["SentAt", "NextAttemptAt"]);
        migrationBuilder.CreateIndex("IX_Subscriptions_BodyId", "Subscriptions", "BodyId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "DocumentLanguages", "DocumentFiles", "Documents", "Downloads", "MeetingVisits", "EmailOutbox", "Subscriptions", "CalendarFeeds" })
        {
            migrationBuilder.DropTable(table);
        }

        migrationBuilder.DropColumn("Observers", "MeetingRecords");
        migrationBuilder.DropColumn("SecretariatPresent", "MeetingRecords");
    }
}
