/** Who counts as a moderator for /kb: checked at run time, on top of Discord's default_member_permissions. */
import { GuildMember, PermissionFlagsBits } from 'discord.js';
import type { Interaction } from 'discord.js';

/**
 * True when the member has Manage Server or Administrator, or any of `moderatorRoleIds`.
 * Works with a cached GuildMember and with the raw member of an uncached server.
 */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
  if (interaction.guildId === null) return false;
  const permissions = interaction.memberPermissions;
  if (permissions?.has(PermissionFlagsBits.ManageGuild, true)) return true; // true: Administrator implies it
  if (moderatorRoleIds.length === 0) return false;
  const roles = memberRoleIds(interaction.member);
  return moderatorRoleIds.some((id) => roles.includes(id));
}

function memberRoleIds(member: Interaction['member']): readonly string[] {
  if (member === null) return [];
  if (member instanceof GuildMember) {
    // roles.cache only holds roles the server cache knows; the raw id list is complete.
    const raw: unknown = Reflect.get(member, '_roles');
    return Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : [...member.roles.cache.keys()];
  }
  return Array.isArray(member.roles) ? member.roles : [];
}
