import type { Post } from '@/lib/content';
import { collectTags, displayTags } from '@/lib/taxonomy/tags';
import { PostCard } from './PostCard';
import { TagList } from './TagList';

/** Post cards with their tag chips, for the index, its pages and the tag pages. */
export function PostList({ posts, allPosts }: { posts: Post[]; allPosts: Post[] }) {
  const tags = collectTags(allPosts);

  return posts.map((post) => (
    <PostCard key={post.slug} post={post}>
      <TagList tags={displayTags(post, tags)} />
    </PostCard>
  ));
}
