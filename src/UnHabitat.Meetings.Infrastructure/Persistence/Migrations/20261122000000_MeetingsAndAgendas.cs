using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Infrastructure.Persistence.Migrations;

/// <summary>Sessions, numbered meetings with their agendas and agenda history, and the in-app inbox.</summary>
[DbContext(typeof(MeetingsDbContext))]
[Migration("20261122000000_MeetingsAndAgendas")]
public sealed class MeetingsAndAgendas : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                UserId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: Limits.ShortText, nullable: false),
                Text = table.Column<string>(maxLength: Limits.Title * 2, nullable: false),
                Link = table.Column<string>(maxLength: Limits.Title, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Sessions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: true),
                StartsOn = table.Column<DateOnly>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: false),
                Venue = table.Column<string>(maxLength: Limits.Name, nullable: false),
                ProvisionalAgendaSymbol = table.Column<string>(maxLength: Limits.Symbol, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sessions", x => x.Id);
                table.ForeignKey("FK_Sessions_Bodies_BodyId", x => x.BodyId, "Bodies", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Meetings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BodyId = table.Column<Guid>(nullable: false),
                SessionId = table.Column<Guid>(nullable: true),
                Number = table.Column<int>(nullable: false),
                StartsAt = table.Column<DateTime>(nullable: false),
                EndsAt = table.Column<DateTime>(nullable: false),
                TimeZoneId = table.Column<string>(maxLength: Limits.TimeZoneId, nullable: false),
                Venue = table.Column<string>(maxLength: Limits.Name, nullable: false),
                Modality = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                ChairHonorific = table.Column<string>(maxLength: Limits.ShortText, nullable: true),
                ChairName = table.Column<string>(maxLength: Limits.Name, nullable: false),
                ChairFunction = table.Column<string>(maxLength: Limits.Name, nullable: true),
                Status = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                StatusReason = table.Column<string>(maxLength: Limits.Title, nullable: true),
                AgendaStatus = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                AgendaAmendments = table.Column<string>(maxLength: Limits.Text, nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Meetings", x => x.Id);
                table.ForeignKey("FK_Meetings_Bodies_BodyId", x => x.BodyId, "Bodies", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_Meetings_Sessions_SessionId", x => x.SessionId, "Sessions", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AgendaItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ParentId = table.Column<Guid>(nullable: true),
                Position = table.Column<int>(nullable: false),
                Title = table.Column<string>(maxLength: Limits.Title, nullable: false),
                MeetingId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaItems", x => x.Id);
                table.ForeignKey("FK_AgendaItems_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AgendaTransitions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                From = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                To = table.Column<string>(maxLength: Limits.EnumText, nullable: false),
                ByUserId = table.Column<Guid>(nullable: false),
                ByName = table.Column<string>(maxLength: Limits.Name, nullable: false),
                At = table.Column<DateTime>(nullable: false),
                Comment = table.Column<string>(maxLength: Limits.Text, nullable: true),
                MeetingId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AgendaTransitions", x => x.Id);
                table.ForeignKey("FK_AgendaTransitions_Meetings_MeetingId", x => x.MeetingId, "Meetings", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_AgendaItems_MeetingId", "AgendaItems", "MeetingId");
        migrationBuilder.CreateIndex("IX_AgendaTransitions_MeetingId", "AgendaTransitions", "MeetingId");
        migrationBuilder.CreateIndex("IX_Meetings_BodyId_Number", "Meetings", ["BodyId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_Meetings_SessionId", "Meetings", "SessionId");
        migrationBuilder.CreateIndex("IX_Meetings_StartsAt", "Meetings", "StartsAt");
        migrationBuilder.CreateIndex("IX_Notifications_UserId_CreatedAt", "Notifications", ["UserId", "CreatedAt"]);
        migrationBuilder.CreateIndex("IX_Sessions_BodyId_Year_Number", "Sessions", ["BodyId", "Year", "Number"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "AgendaItems", "AgendaTransitions", "Meetings", "Sessions", "Notifications" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
