#!/usr/bin/perl
#
# tools/gen_gazetteer.pl
#		Generate the gazetteer tables (C and SQL) from data/gazetteer/*.tsv.
#
#	perl tools/gen_gazetteer.pl DATADIR OUT.c OUT.sql
#
# Perl 5 core modules only.  The C file holds static const tables: the units
# sorted by code, the aliases with their match keys pre-folded (sorted by
# the diacritic key, plus an index sorted by the ASCII key), and the per
# code point folding table the matcher uses at run time.  The SQL file
# inserts the same units and aliases into bordercoop.party and
# bordercoop.party_alias.
#
# The folding here must be identical to bc_gaz_fold() in
# src/core/bc_gazetteer.c; test/unit/test_gazetteer.c re-folds every alias
# in C and compares with the keys written here.
use strict;
use warnings;
use utf8;
use Unicode::Normalize qw(NFD NFC);

my ($dir, $out_c, $out_sql) = @ARGV;
die "usage: $0 DATADIR OUT.c OUT.sql\n" unless defined $out_sql;

# ---------------------------------------------------------------------
# folding: one code point -> (base letter, modifiers, tone, upper)
# ---------------------------------------------------------------------
my %MARK_MOD = (0x0302 => 1, 0x0306 => 2, 0x031B => 4);	# ^ ( +
my %MARK_TONE = (0x0301 => 1, 0x0300 => 2, 0x0309 => 3, 0x0303 => 4, 0x0323 => 5);

# Describe one Latin code point: [base ascii lower, mods, tone, upper] or undef.
sub cpinfo
{
	my ($cp) = @_;
	return ['d', 8, 0, 1] if $cp == 0x0110;		# Đ
	return ['d', 8, 0, 0] if $cp == 0x0111;		# đ
	my $d = NFD(chr($cp));
	my @c = map { ord } split //, $d;
	my $b = shift @c;
	return undef unless chr($b) =~ /^[A-Za-z]$/;
	my ($mods, $tone) = (0, 0);
	for my $m (@c)
	{
		return undef unless $m >= 0x0300 && $m <= 0x036F;
		$mods |= $MARK_MOD{$m} if exists $MARK_MOD{$m};
		$tone = $MARK_TONE{$m} if exists $MARK_TONE{$m};
	}
	return [lc(chr($b)), $mods, $tone, chr($b) =~ /[A-Z]/ ? 1 : 0];
}

my %CP;
for my $cp (0x00C0 .. 0x024F, 0x1E00 .. 0x1EFF)
{
	next if $cp == 0x00D7 || $cp == 0x00F7;
	my $i = cpinfo($cp);
	$CP{$cp} = $i if $i;
}

# Is this code point a separator inside a multi-word name?
sub is_sep
{
	my ($cp) = @_;
	return $cp == 0x20 || $cp == 0xA0 || $cp == 0x09 || $cp == 0x2D
		|| ($cp >= 0x2010 && $cp <= 0x2015) || $cp == 0x2212;
}

# Fold a phrase into words: list of [akey, dkey, upper].
sub fold_words
{
	my ($s) = @_;
	my @cps = map { ord } split //, $s;
	my @words;
	my $cur;
	my $tone = 0;
	my $flush = sub {
		if ($cur)
		{
			$cur->[1] .= $tone if $tone;
			push @words, $cur;
		}
		$cur = undef;
		$tone = 0;
	};
	for (my $i = 0; $i < @cps; $i++)
	{
		my $cp = $cps[$i];
		my ($base, $mods, $t, $up);
		if ($cp < 0x80 && chr($cp) =~ /[A-Za-z0-9]/)
		{
			($base, $mods, $t, $up) = (lc(chr($cp)), 0, 0, chr($cp) =~ /[A-Z]/ ? 1 : 0);
		}
		elsif ($cp >= 0x0300 && $cp <= 0x036F)
		{
			next unless $cur;
			if (exists $MARK_TONE{$cp}) { $tone = $MARK_TONE{$cp}; }
			elsif (exists $MARK_MOD{$cp}) { $cur->[3] |= $MARK_MOD{$cp}; rebuild($cur); }
			next;
		}
		elsif (exists $CP{$cp})
		{
			($base, $mods, $t, $up) = @{$CP{$cp}};
		}
		elsif ($cp == 0x2E && $cur && $i + 1 < @cps
			   && (chr($cps[$i + 1]) =~ /\p{L}/
				   || ($cps[$i + 1] == 0x20 && length($cur->[0]) <= 2 && $cur->[2])))
		{
			$flush->();
			next;
		}
		elsif (is_sep($cp))
		{
			$flush->();
			next;
		}
		else
		{
			die "gen_gazetteer: unexpected character U+" . sprintf("%04X", $cp) . " in \"$s\"\n";
		}
		unless ($cur)
		{
			$cur = ['', '', $up, 0, ''];
		}
		$cur->[4] .= $base . chr(48 + $mods);	# letters with pending mods
		$cur->[0] .= $base;
		$cur->[3] = $mods;
		rebuild($cur);
		$tone = $t if $t;
	}
	$flush->();
	return @words;
}

# Rebuild the diacritic key of a word from its letters and modifier codes.
sub rebuild
{
	my ($w) = @_;
	# the last letter's modifiers may have been updated by a combining mark
	my $l = $w->[4];
	substr($l, -1, 1) = chr(48 + $w->[3]) if length $l;
	$w->[4] = $l;
	my $d = '';
	for (my $i = 0; $i < length $l; $i += 2)
	{
		my $b = substr($l, $i, 1);
		my $m = ord(substr($l, $i + 1, 1)) - 48;
		$d .= $b;
		$d .= '^' if $m & 1;
		$d .= '(' if $m & 2;
		$d .= '+' if $m & 4;
		$d .= '-' if $m & 8;
	}
	$w->[1] = $d;
}

# The keys and case mask of a phrase.
sub keys_of
{
	my ($s) = @_;
	my @w = fold_words($s);
	my $mask = 0;
	for my $i (0 .. $#w)
	{
		$mask |= (1 << $i) if $w[$i][2] && $i < 31;
	}
	return (join(' ', map { $_->[0] } @w), join(' ', map { $_->[1] } @w), $mask, scalar @w);
}

# Strip every diacritic: the form typed without accents.
sub ascii_form
{
	my ($s) = @_;
	$s =~ tr/đĐ/dD/;
	$s = NFD($s);
	$s =~ s/\p{Mn}//g;
	return NFC($s);
}

# ---------------------------------------------------------------------
# read the data
# ---------------------------------------------------------------------
sub read_tsv
{
	my ($path) = @_;
	open(my $fh, '<:encoding(UTF-8)', $path) or die "cannot open $path: $!\n";
	my @rows;
	my $header;
	while (my $line = <$fh>)
	{
		chomp $line;
		$line =~ s/\r$//;
		next if $line =~ /^#/ || $line =~ /^\s*$/;
		my @f = split /\t/, $line, -1;
		unless ($header) { $header = \@f; next; }
		push @rows, \@f;
	}
	close $fh;
	return ($header, @rows);
}

my ($uh, @units) = read_tsv("$dir/units.tsv");
die "units.tsv: bad header\n"
	unless join(',', @$uh) eq 'code,name,name_vi,kind,country,current,valid_from,valid_to';
my %unit_by_code;
my %KINDS = (country => 'BC_PARTY_COUNTRY', province => 'BC_PARTY_PROVINCE',
			 district => 'BC_PARTY_DISTRICT', organization => 'BC_PARTY_ORGANIZATION');
for my $u (@units)
{
	die "units.tsv: row with " . scalar(@$u) . " fields: @$u\n" unless @$u == 8;
	$_ = NFC($_) for @$u;
	my ($code, $name, $name_vi, $kind, $country, $current) = @$u;
	die "units.tsv: duplicate code $code\n" if $unit_by_code{$code};
	die "units.tsv: bad kind $kind\n" unless $KINDS{$kind};
	$unit_by_code{$code} = $u;
}
for my $u (@units)
{
	my ($code, $current, $vf, $vt) = @$u[0, 5, 6, 7];
	if ($current ne '')
	{
		my $c = $unit_by_code{$current} or die "units.tsv: $code: unknown current $current\n";
		die "units.tsv: $code: current $current is not itself current\n"
			unless $c->[5] eq $current && $c->[7] eq '';
	}
	for my $d ($vf, $vt)
	{
		die "units.tsv: $code: bad date $d\n" unless $d eq '' || $d =~ /^\d{4}-\d\d-\d\d$/;
	}
}
my @sorted_units = sort { $a->[0] cmp $b->[0] } @units;
my %unit_index;
$unit_index{$sorted_units[$_][0]} = $_ for 0 .. $#sorted_units;

my ($ah, @arows) = read_tsv("$dir/aliases.tsv");
die "aliases.tsv: bad header\n" unless join(',', @$ah) eq 'alias,code';
my @alias_in;		# [alias, code]
for my $u (@units)
{
	push @alias_in, [$u->[1], $u->[0]], [$u->[2], $u->[0]];
	if ($u->[4] eq 'VN' && $u->[3] eq 'province')
	{
		push @alias_in, [ascii_form($u->[1]), $u->[0]];
	}
}
for my $r (@arows)
{
	die "aliases.tsv: bad row @$r\n" unless @$r == 2;
	my ($a, $c) = map { NFC($_) } @$r;
	die "aliases.tsv: unknown code $c for $a\n" unless $unit_by_code{$c};
	push @alias_in, [$a, $c];
}
my @blockers;
if (open(my $bf, '<:encoding(UTF-8)', "$dir/blockers.tsv"))
{
	while (my $l = <$bf>)
	{
		chomp $l;
		next if $l =~ /^#/ || $l =~ /^\s*$/;
		push @blockers, NFC($l);
	}
	close $bf;
}

# dedupe by (dkey, code); complain about one key naming two units
my (%seen, %key_code, @aliases, %sql_alias);
for my $r (@alias_in)
{
	my ($a, $c) = @$r;
	my ($ak, $dk, $mask, $nw) = keys_of($a);
	die "alias \"$a\" has too many words\n" if $nw > 12 || $nw == 0;
	$sql_alias{"$a\t$c"} = [$a, $c];
	next if $seen{"$dk\t$c"}++;
	if (exists $key_code{$dk} && $key_code{$dk} ne $c)
	{
		die "alias \"$a\" ($c) folds like an alias of $key_code{$dk}\n";
	}
	$key_code{$dk} = $c;
	push @aliases, [$a, $dk, $ak, $unit_index{$c}, $mask, $nw];
}
for my $b (@blockers)
{
	my ($ak, $dk, $mask, $nw) = keys_of($b);
	die "blocker \"$b\" is also an alias\n" if exists $key_code{$dk};
	push @aliases, [$b, $dk, $ak, -1, $mask, $nw];
}
@aliases = sort { $a->[1] cmp $b->[1] || $a->[3] <=> $b->[3] } @aliases;
my @by_akey = sort { $aliases[$a][2] cmp $aliases[$b][2] || $a <=> $b } 0 .. $#aliases;
my $maxw = 0;
$maxw = $_->[5] > $maxw ? $_->[5] : $maxw for @aliases;

# ---------------------------------------------------------------------
# write C
# ---------------------------------------------------------------------
sub cstr
{
	my ($s) = @_;
	return 'NULL' unless defined $s && $s ne '';
	my $b = $s;
	utf8::encode($b);
	$b =~ s/([\\"])/\\$1/g;
	$b =~ s/([^\x20-\x7e])/sprintf("\\%03o", ord($1))/ge;
	return "\"$b\"";
}

open(my $c, '>', "$out_c.tmp") or die "cannot write $out_c: $!\n";
print $c <<"EOT";
/*
 * src/core/bc_gazetteer_gen.c
 *		Gazetteer tables generated by tools/gen_gazetteer.pl from data/gazetteer.
 *
 * Do not edit: edit the TSV files and rebuild.
 */
#include "bc_core.h"
#include "bc_gazetteer.h"

/* units, sorted by code */
const bc_unit bc_gaz_units[] = {
EOT
for my $u (@sorted_units)
{
	my ($code, $name, $nv, $kind, $country, $cur, $vf, $vt) = @$u;
	printf $c "\t{%s, %s, %s, %s, %s, %s, %s, %s},\n",
		cstr($code), cstr($name), cstr($nv), $KINDS{$kind}, cstr($country),
		cstr($cur), cstr($vf), cstr($vt);
}
print $c "};\nconst int bc_gaz_nunits = " . scalar(@sorted_units) . ";\n\n";
print $c "/* aliases and blockers (unit -1), sorted by diacritic key */\n";
print $c "const bc_gaz_alias bc_gaz_aliases[] = {\n";
for my $a (@aliases)
{
	printf $c "\t{%s, %s, %s, %d, 0x%xu, %d},\n",
		cstr($a->[0]), cstr($a->[1]), cstr($a->[2]), $a->[3], $a->[4], $a->[5];
}
print $c "};\nconst int bc_gaz_naliases = " . scalar(@aliases) . ";\n";
print $c "const int bc_gaz_max_words = $maxw;\n\n";
print $c "/* indexes into bc_gaz_aliases, sorted by ASCII key */\n";
print $c "const int bc_gaz_by_akey[] = {";
for my $i (0 .. $#by_akey)
{
	print $c ($i % 16 == 0 ? "\n\t" : " "), $by_akey[$i], ",";
}
print $c "\n};\n\n";
print $c "/* Latin letters: base, modifiers (1 ^, 2 (, 4 +, 8 -), tone, upper */\n";
print $c "const bc_gaz_cpinfo bc_gaz_cps[] = {\n";
my $ncp = 0;
for my $cp (sort { $a <=> $b } keys %CP)
{
	my $i = $CP{$cp};
	printf $c "\t{0x%04X, '%s', %d, %d, %d},\n", $cp, $i->[0], $i->[1], $i->[2], $i->[3];
	$ncp++;
}
print $c "};\nconst int bc_gaz_ncps = $ncp;\n";
close $c;
rename("$out_c.tmp", $out_c) or die "rename: $!\n";

# ---------------------------------------------------------------------
# write SQL
# ---------------------------------------------------------------------
sub sqlstr
{
	my ($s) = @_;
	return 'NULL' unless defined $s && $s ne '';
	$s =~ s/'/''/g;
	return "'$s'";
}

open(my $q, '>:encoding(UTF-8)', "$out_sql.tmp") or die "cannot write $out_sql: $!\n";
print $q "-- sql/install/31_gazetteer_gen.sql\n";
print $q "--\tGazetteer rows generated by tools/gen_gazetteer.pl from data/gazetteer (do not edit).\n\n";
print $q "INSERT INTO bordercoop.party (code, name, name_vi, kind, country_code, current_code, valid_from, valid_to) VALUES\n";
print $q join(",\n", map {
	my ($code, $name, $nv, $kind, $country, $cur, $vf, $vt) = @$_;
	"\t(" . join(', ', sqlstr($code), sqlstr($name), sqlstr($nv), sqlstr($kind),
				 sqlstr($country), sqlstr($cur), sqlstr($vf), sqlstr($vt)) . ")"
} @sorted_units);
print $q ";\n\n";
print $q "INSERT INTO bordercoop.party_alias (alias, code) VALUES\n";
my @sa = sort { $a->[1] cmp $b->[1] || $a->[0] cmp $b->[0] } values %sql_alias;
print $q join(",\n", map { "\t(" . sqlstr($_->[0]) . ", " . sqlstr($_->[1]) . ")" } @sa);
print $q ";\n";
close $q;
rename("$out_sql.tmp", $out_sql) or die "rename: $!\n";
