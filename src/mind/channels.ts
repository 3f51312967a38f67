import { articleUrl } from './article';
import { DEFAULT_RECEIVE_TYPE } from './constants';
import { encodeRequest } from './encodeRequest';
import type { MindMessage, WireRequest } from './types';

/**
 * Where a message goes, each through its own endpoint: `subscribers` (`send_message`: one,
 * a list, or every subscriber), `robot` (the app's robot to people, `receive_open_ids`),
 * `group` (the robot to a group, `group_id`).
 */
export const CHANNELS = ['subscribers', 'robot', 'group'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Each channel's endpoint, relative to `send_message`'s URL (the guide: every endpoint shares
 * its host), and its path on Mind's host.
 */
export const CHANNEL_ENDPOINTS: Record<Channel, { relative: string; path: string }> = {
  subscribers: {
    relative: 'send_message',
    path: '/open-platform/api/open-apis/send_message',
  },
  robot: {
    relative: '../robot/send/message',
    path: '/open-platform/api/robot/send/message',
  },
  group: {
    relative: '../robot/group/send/card_message',
    path: '/open-platform/api/robot/group/send/card_message',
  },
};

/**
 * The URL of a channel's endpoint, found beside `send_message`'s: for
 * `https://host/open-platform/api/open-apis/send_message` the robot's is
 * `https://host/open-platform/api/robot/send/message`. A URL that does not parse is returned
 * as it is for `subscribers` and with the channel's path appended otherwise.
 */
export function channelUrl(channel: Channel, sendMessageUrl: string): string {
  if (channel === 'subscribers') return sendMessageUrl;
  try {
    return new URL(CHANNEL_ENDPOINTS[channel].relative, sendMessageUrl).href;
  } catch {
    return `${sendMessageUrl.replace(/\/+$/, '')}${CHANNEL_ENDPOINTS[channel].path}`;
  }
}

/** Who one request reaches: the recipients field of one channel's body. */
export type Destination =
  | { channel: 'subscribers'; receiveIds: string[] | null; single?: boolean }
  | { channel: 'robot'; openIds: string[] }
  | { channel: 'group'; groupId: string };

export interface OutgoingMessage {
  msg_type: NonNullable<MindMessage['msg_type']>;
  content: unknown;
  /** Only `send_message` takes it; 1 when absent. */
  receive_type?: number | null;
}

/**
 * The body of one request to a channel's endpoint, keys in the guide's order:
 * `send_message`: `receive_id` (one person, when `single`) or `receive_ids`, neither for every
 * subscriber, then `receive_type`; the robot: `receive_open_ids`; a group: `group_id`; then
 * `msg_type` and `content` (an article: `articles`) encoded as a JSON string.
 */
export function encodeFor(destination: Destination, message: OutgoingMessage): WireRequest {
  const head = (() => {
    switch (destination.channel) {
      case 'subscribers': {
        const ids = destination.receiveIds;
        const recipients =
          ids === null
            ? {}
            : destination.single && ids.length === 1
              ? { receive_id: ids[0] }
              : { receive_ids: ids };
        return { ...recipients, receive_type: message.receive_type ?? DEFAULT_RECEIVE_TYPE };
      }
      case 'robot':
        return { receive_open_ids: destination.openIds };
      case 'group':
        return { group_id: destination.groupId };
    }
  })();
  // An article's fields go in `articles` (send_article_message), every other type's in `content`.
  return encodeRequest({
    ...head,
    msg_type: message.msg_type,
    [message.msg_type === 'article' ? 'articles' : 'content']: message.content,
  } as MindMessage);
}

/**
 * The channel a decoded body was written for, by its recipients field: `group_id` → group,
 * `receive_open_ids` → robot, anything else → subscribers.
 */
export function channelOf(message: Record<string, unknown>): Channel {
  if ('group_id' in message) return 'group';
  if ('receive_open_ids' in message) return 'robot';
  return 'subscribers';
}

/**
 * Every endpoint the app posts to: one per channel, and `article` (`send_article_message`),
 * which takes `send_message`'s recipients.
 */
export const ENDPOINTS = [...CHANNELS, 'article'] as const;
export type Endpoint = (typeof ENDPOINTS)[number];

/** The endpoint a message of `msgType` goes to through `channel`: an article has its own. */
export const endpointOf = (channel: Channel, msgType: string | undefined): Endpoint =>
  msgType === 'article' ? 'article' : channel;

/** The URL of any endpoint, found beside `send_message`'s (see `channelUrl`, `articleUrl`). */
export const endpointUrl = (endpoint: Endpoint, sendMessageUrl: string): string =>
  endpoint === 'article' ? articleUrl(sendMessageUrl) : channelUrl(endpoint, sendMessageUrl);
