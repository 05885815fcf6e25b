# test/t/001_mutation.pl
#	Mutated articles through bordercoop.parse() and the inbox: each one is
#	parsed or refused with a clean error (SQLSTATE class 22 or 54), the
#	server never restarts.
use strict;
use warnings;
use utf8;
use Encode qw(encode decode);
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $n_mutants = $ENV{BC_MUTANTS} // 10000;

my $node = PostgreSQL::Test::Cluster->new('mutation');
$node->init;
$node->append_conf('postgresql.conf', "max_parallel_workers_per_gather = 0\n"
	  # a small lock table: loading 10,000 texts in one statement must not
	  # take a lock per text
	  . "max_locks_per_transaction = 10\n");
$node->start;
$node->safe_psql('postgres', 'CREATE EXTENSION bordercoop');
my $started = $node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()');

# the seed articles: data/samples, the shared seeds when present
my @seeds;
for my $f (sort(glob('data/samples/*.txt')), sort(glob('../shared/seeds/*.txt')))
{
	open my $fh, '<:raw', $f or die "$f: $!";
	local $/;
	my $b = <$fh>;
	close $fh;
	push @seeds, decode('UTF-8', $b);
}
ok(@seeds >= 5, 'seed articles found');

srand(20251124);
my @junk = ("\x{FFFD}", "\x{200B}", "\x{200D}", "\x{202E}", "\x{00A0}", "\x{3000}",
	"\x{0301}", "\x{0323}", "\x{1F1FB}\x{1F1F3}", "\x{1780}", "\x{0E81}", "中国",
	"\x{FEFF}", "\r", "\t", "\x01", "\x1F", "(", ")", "\"", "“", "%", "/", ".", ",");

sub rnd { return int(rand($_[0])); }

# one mutation of a text (a Perl character string)
sub mutate
{
	my ($t) = @_;
	my $k = rnd(14);
	my $len = length($t) || 1;
	my $p = rnd($len);
	if ($k == 0)
	{
		# cut the UTF-8 bytes anywhere: the broken sequence becomes U+FFFD
		# the way bordercoop-load does it
		my $b = encode('UTF-8', $t);
		my $c = rnd(length($b) + 1);
		return decode('UTF-8', substr($b, 0, $c) . substr($b, $c + 1 + rnd(3)));
	}
	if ($k == 1)
	{
		# decomposed text cut between base letters and their marks
		my $d = Unicode::Normalize::NFD($t);
		my $c = rnd(length($d) + 1);
		return substr($d, 0, $c) . substr($d, $c + 1);
	}
	if ($k == 2)
	{
		my $digits = join('', map { rnd(10) } 1 .. (1 + rnd(400)));
		my @forms = ("$digits", "$digits,5 tỷ USD", "1.$digits tỷ đồng", "-$digits%",
			"$digits/$digits", "$digits/0", "0/0", "1e999 triệu USD",
			"$digits.$digits.$digits", "ngày 99/99/$digits", "năm $digits",
			"lần thứ $digits", "9" x 30 . " nghìn tỷ tỷ USD");
		return substr($t, 0, $p) . " " . $forms[ rnd(scalar(@forms)) ] . " " . substr($t, $p);
	}
	if ($k == 3)
	{
		# deep repetition of a piece of the text or of a bracket
		my @pieces = ("(", ")", "[", "\"", "Tỉnh ", "hội đàm ", "- ", ". ", "\n",
			"Campuchia ", "Lào ", "ông ", "Chủ tịch UBND tỉnh ", "1.000 ");
		my $piece = rnd(2) ? $pieces[ rnd(scalar(@pieces)) ] : substr($t, $p, 1 + rnd(80));
		my $times = 100 + rnd(rnd(2) ? 20000 : 2000);
		$times = int(3_000_000 / (length($piece) || 1)) if length($piece) * $times > 3_000_000;
		return substr($t, 0, $p) . ($piece x $times) . substr($t, $p);
	}
	if ($k == 4)
	{
		my $n = 1 + rnd(50);
		my $s = $t;
		substr($s, rnd(length($s) || 1), 0) = $junk[ rnd(scalar(@junk)) ] for 1 .. $n;
		return $s;
	}
	if ($k == 5)
	{
		my @l = split /\n/, $t;
		@l = map { $l[ rnd(@l || 1) ] // '' } 1 .. scalar(@l);
		return join("\n", @l);
	}
	if ($k == 6) { return substr($t, 0, $p); }
	if ($k == 7) { return substr($t, $p); }
	if ($k == 8) { return uc($t); }
	if ($k == 9) { (my $s = $t) =~ s/\n/ /g; return $s; }
	if ($k == 10) { (my $s = $t) =~ s/ /\n/g; return $s; }
	if ($k == 11) { return join('', map { chr(0x20 + rnd(0x2FF0)) } 1 .. (1 + rnd(3000))); }
	if ($k == 12) { return ''; }
	# a splice of two articles
	my $o = $seeds[ rnd(scalar(@seeds)) ];
	return substr($t, 0, $p) . substr($o, rnd(length($o) || 1));
}

use Unicode::Normalize ();

my $file = $node->basedir . '/mutants.csv';
open my $out, '>:raw', $file or die "$file: $!";
for my $i (1 .. $n_mutants)
{
	my $t = $seeds[ rnd(scalar(@seeds)) ];
	$t = mutate($t) for 1 .. (1 + rnd(3));
	$t =~ s/\x00//g;
	$t =~ s/"/""/g;
	print $out encode('UTF-8', "\"m$i\",\"$t\"\n");
}
close $out;

$node->safe_psql('postgres', qq{
	CREATE TABLE mutant (source text, body text);
	COPY mutant FROM '$file' WITH (FORMAT csv);
	-- and a few 10 MB texts
	INSERT INTO mutant
	SELECT 'big' || i, repeat(CASE i WHEN 1 THEN 'Tỉnh Tây Ninh hội đàm với tỉnh Svay Rieng (Campuchia). '
								   WHEN 2 THEN '1.234.567,89 tỷ USD; '
								   ELSE '((((((((((' END, 10 * 1024 * 1024 / 40) FROM generate_series(1, 3) AS i;
});
my $count = $node->safe_psql('postgres', 'SELECT count(*) FROM mutant');
is($count, $n_mutants + 3, "$count mutated articles stored");

# parse() on each: a result, or an error of class 22 (data) or 54 (limit)
my $res = $node->safe_psql('postgres', q{
	SET bordercoop.max_article_size = '12MB';
	CREATE TABLE outcome (source text, sqlstate text, message text);
	DO $$
	DECLARE
		r record;
		j jsonb;
	BEGIN
		FOR r IN SELECT source, body FROM mutant LOOP
			BEGIN
				j := bordercoop.parse(r.body);
				INSERT INTO outcome VALUES (r.source, '00000', NULL);
			EXCEPTION WHEN OTHERS THEN
				INSERT INTO outcome VALUES (r.source, SQLSTATE, SQLERRM);
			END;
		END LOOP;
	END
	$$;
	SELECT string_agg(sqlstate || ':' || n, ' ' ORDER BY sqlstate)
	FROM (SELECT sqlstate, count(*) AS n FROM outcome GROUP BY 1) AS t;
});
note("parse() outcomes: $res");
my $bad = $node->safe_psql('postgres', q{
	SELECT count(*) FROM outcome
	WHERE sqlstate <> '00000' AND left(sqlstate, 2) NOT IN ('22', '54')});
is($bad, '0', 'parse(): every failure is a clean data or limit error');
my $ok = $node->safe_psql('postgres', q{SELECT count(*) FROM outcome WHERE sqlstate = '00000'});
cmp_ok($ok, '>', $n_mutants / 4, "parse(): $ok mutants parsed");

# the whole lot through the inbox, in one statement as COPY would
$node->safe_psql('postgres', q{
	SET bordercoop.max_article_size = '12MB';
	INSERT INTO bordercoop.inbox (source, body) SELECT source, body FROM mutant});
# parse() said which texts are refused: those are filed in rejected, the
# others stored once per distinct text
my $accounted = $node->safe_psql('postgres', q{
	SELECT (SELECT count(DISTINCT bordercoop._body_hash(m.body))
			FROM mutant AS m JOIN outcome AS o USING (source)
			WHERE o.sqlstate = '00000')
		   = (SELECT count(*) FROM bordercoop.article)
	   AND (SELECT array_agg(source ORDER BY source) FROM outcome WHERE sqlstate <> '00000')
		   IS NOT DISTINCT FROM (SELECT array_agg(source ORDER BY source) FROM bordercoop.rejected)
	   AND (SELECT count(*) FROM bordercoop.inbox) = 0});
is($accounted, 't', 'inbox: every mutant stored once or filed as rejected');

is($node->safe_psql('postgres', 'SELECT pg_postmaster_start_time()'), $started,
	'the server never restarted');
my $log = slurp_file($node->logfile);
unlike($log, qr/terminated by signal|server process .* was terminated/, 'no backend crashed');

$node->stop;
done_testing();
