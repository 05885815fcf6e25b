# test/t/002_crash.pl
#	An immediate stop in the middle of a large COPY into the inbox: after
#	recovery the COPY is wholly absent (or, if it had committed, wholly
#	there), every stored article has all of its rows, and loading resumes.
use strict;
use warnings;
use utf8;
use Encode qw(encode decode);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use IPC::Run;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('crash');
$node->init;
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION bordercoop');

my @seeds;
for my $f (sort(glob('data/samples/*.txt')), sort(glob('../shared/seeds/*.txt')))
{
	open my $fh, '<:raw', $f or die "$f: $!";
	local $/;
	push @seeds, decode('UTF-8', scalar <$fh>);
	close $fh;
}

# N distinct articles: a seed with a numbered line added
sub write_batch
{
	my ($file, $from, $n) = @_;
	open my $out, '>:raw', $file or die "$file: $!";
	for my $i ($from .. $from + $n - 1)
	{
		my $t = $seeds[ $i % @seeds ] . "\nBài số $i.";
		$t =~ s/"/""/g;
		print $out encode('UTF-8', "\"a$i.txt\",\"$t\"\n");
	}
	close $out;
}

my $first = $node->basedir . '/first.csv';
my $second = $node->basedir . '/second.csv';
write_batch($first, 1, 200);
write_batch($second, 1001, 6000);

$node->safe_psql('postgres', "COPY bordercoop.inbox (source, body) FROM '$first' WITH (FORMAT csv)");
is($node->safe_psql('postgres', 'SELECT count(*) FROM bordercoop.article'), '200',
	'first COPY stored');

# the second COPY in the background; stop the server while it runs
my ($stdout, $stderr) = ('', '');
my $h = IPC::Run::start(
	[ 'psql', '-X', '-d', $node->connstr('postgres'), '-c',
	  "COPY bordercoop.inbox (source, body) FROM '$second' WITH (FORMAT csv)" ],
	'>', \$stdout, '2>', \$stderr);
$node->poll_query_until('postgres',
	q{SELECT count(*) > 0 FROM pg_stat_activity
	  WHERE query LIKE 'COPY bordercoop.inbox%' AND state = 'active'
		AND now() - query_start > interval '1.5 seconds'})
  or die 'the COPY did not start';
$node->stop('immediate');
$h->finish;
$node->start;

my $n = $node->safe_psql('postgres', 'SELECT count(*) FROM bordercoop.article');
ok($n == 200 || $n == 6200, "after recovery: the second COPY is absent or whole ($n articles)");
is($node->safe_psql('postgres', 'SELECT count(*) FROM bordercoop.inbox'), '0', 'inbox empty');

# every stored article has exactly the rows its extraction gives
my $incomplete = $node->safe_psql('postgres', q{
	SELECT count(*)
	FROM bordercoop.article AS a,
		 LATERAL bordercoop._extract(a.body, a.given_published_on) AS j
	WHERE (SELECT count(*) FROM bordercoop.article_party AS p WHERE p.article_id = a.article_id)
		  <> (SELECT count(DISTINCT e->>'iso') FROM jsonb_array_elements(coalesce(j->'parties', '[]')) AS e
			  WHERE e->>'iso' IS NOT NULL)
	   OR (SELECT count(*) FROM bordercoop.meeting AS m WHERE m.article_id = a.article_id)
		  <> jsonb_array_length(coalesce(j->'meetings', '[]'))
			 + jsonb_array_length(coalesce(j->'referenced_meetings', '[]'))
	   OR (SELECT count(*) FROM bordercoop.figure AS f WHERE f.article_id = a.article_id)
		  <> (SELECT count(*) FROM jsonb_array_elements(coalesce(j->'figures', '[]')) AS e
			  WHERE jsonb_typeof(e->'value') = 'number')
	   OR (SELECT count(*) FROM bordercoop.person AS p WHERE p.article_id = a.article_id)
		  <> (SELECT count(*) FROM jsonb_array_elements(coalesce(j->'people', '[]')) AS e
			  WHERE e->>'name' IS NOT NULL)
	   OR a.main_text IS DISTINCT FROM j->>'main_text'});
is($incomplete, '0', 'no partially loaded article');

# loading works again, and the second batch goes in whole
$node->safe_psql('postgres', "COPY bordercoop.inbox (source, body) FROM '$second' WITH (FORMAT csv)");
is($node->safe_psql('postgres', 'SELECT count(*) FROM bordercoop.article'), '6200',
	'the second COPY loads after recovery');
$node->stop;
done_testing();
