# test/t/003_dump_restore.pl
#	pg_dump and pg_restore of a loaded database give the same view contents.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('dump');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE DATABASE src');
$node->safe_psql('src', 'CREATE EXTENSION bordercoop');

my @files = (sort(glob('data/samples/*.txt')), sort(glob('../shared/seeds/*.txt')),
			 sort(glob('test/data/ugly/*.txt')));
my $csv = $node->basedir . '/load.csv';
open my $out, '>:raw', $csv or die;
for my $f (@files)
{
	open my $fh, '<:raw', $f or die "$f: $!";
	local $/;
	my $t = <$fh>;
	close $fh;
	$t =~ s/"/""/g;
	(my $name = $f) =~ s{.*/}{};
	print $out "\"$name\",\"$t\"\n";
}
close $out;
$node->safe_psql('src', "COPY bordercoop.inbox (source, body) FROM '$csv' WITH (FORMAT csv)");
my $n = $node->safe_psql('src', 'SELECT count(*) FROM bordercoop.article');
cmp_ok($n, '>=', 10, "$n articles loaded");

my $views = $node->safe_psql('src', q{
	SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class AS c
	WHERE c.relnamespace = 'bordercoop'::regnamespace AND c.relkind = 'v'});
my @views = split / /, $views;

# every view, and the rejected rows, as one ordered text
sub contents
{
	my ($db) = @_;
	my $all = '';
	for my $v (@views, 'rejected')
	{
		$all .= "== $v\n" . $node->safe_psql($db,
			"SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM bordercoop.$v AS t"
			  . ($v eq 'rejected' ? '' : '')) . "\n";
	}
	return $all;
}
my $before = contents('src');

my $dump = $node->basedir . '/src.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-d', $node->connstr('src'), '-f', $dump ], 'pg_dump');
$node->safe_psql('postgres', 'CREATE DATABASE dst');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('dst'), $dump ],
	'pg_restore');

my $after = contents('dst');
is($after, $before, 'the views give the same rows after dump and restore (' . scalar(@views) . ' views)');
is($node->safe_psql('dst', 'SELECT count(*) FROM bordercoop.article'), $n, 'same articles');

# the restored database loads on: the article numbers go on, duplicates stay out
$node->safe_psql('dst', "COPY bordercoop.inbox (source, body) FROM '$csv' WITH (FORMAT csv)");
is($node->safe_psql('dst', 'SELECT count(*) FROM bordercoop.article'), $n,
	'reloading the same texts adds nothing');
$node->safe_psql('dst', q{SELECT bordercoop.ingest('new.txt', E'Hội đàm\n\nTỉnh Tây Ninh hội đàm với tỉnh Svay Rieng (Campuchia) về hợp tác thương mại, sáng 3/1/2025.')});
is($node->safe_psql('dst', q{SELECT max(article_id) > (SELECT max(article_id) FROM bordercoop.article WHERE source <> 'new.txt') FROM bordercoop.article}),
	't', 'new articles get new numbers');
$node->stop;
done_testing();
