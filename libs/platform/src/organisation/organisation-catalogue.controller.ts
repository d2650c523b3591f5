import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Actor } from '@vigil/actors';
import { COUNTRIES, Country, INSTITUTION_TYPES, organisationCatalogue, OrganisationCatalogue, servedJurisdictions } from '@vigil/organisation';
import { IsIn, IsOptional } from 'class-validator';

export class OrganisationCatalogueQuery {
  @ApiPropertyOptional({ enum: COUNTRIES, description: "one country's part (default: every country this installation serves)" })
  @IsOptional()
  @IsIn(COUNTRIES, { message: 'country must be dk or no' })
  country?: Country;
}

class CatalogueCountryDto {
  @ApiProperty({ enum: COUNTRIES }) code: string;
  @ApiProperty({ example: 'Danmark' }) name: string;
  @ApiProperty({ example: 'Kriminalforsorgen' }) service: string;
  @ApiProperty({ enum: ['da', 'nb'] }) language: string;
  @ApiProperty({ description: 'the kinds of institution in the country’s own words', example: { prison: 'fængsel' } })
  institutionTypes: Record<string, string>;
}

class CatalogueAreaDto {
  @ApiProperty({ example: 'syddanmark' }) slug: string;
  @ApiProperty({ enum: COUNTRIES }) country: string;
  @ApiProperty({ example: 'Område Syddanmark' }) name: string;
  @ApiProperty({ enum: ['area', 'region'] }) type: string;
}

class CatalogueInstitutionDto {
  @ApiProperty({ example: 'nyborg' }) slug: string;
  @ApiProperty({ example: 'Nyborg Fængsel' }) name: string;
  @ApiProperty({ example: 'syddanmark' }) area: string;
  @ApiProperty({ enum: COUNTRIES }) country: string;
  @ApiProperty({ enum: INSTITUTION_TYPES }) type: string;
}

class CatalogueLegalBasisDto {
  @ApiProperty({ example: 'dk-strfl-66-1-1' }) code: string;
  @ApiProperty({ enum: COUNTRIES }) country: string;
  @ApiProperty({ example: 'straffuldbyrdelsesloven' }) law: string;
  @ApiProperty({ example: 'straffuldbyrdelsesloven § 66, stk. 1, nr. 1' }) provision: string;
  @ApiProperty({ description: 'what the provision allows, in the country’s own language' }) wording: string;
}

export class OrganisationCatalogueDto {
  @ApiProperty({ type: 'integer', example: 2, description: 'the catalogue version; slugs and codes once published never change' }) version: number;
  @ApiProperty({ type: 'string', format: 'date', description: 'the day this version took effect' }) validFrom: string;
  @ApiProperty({ type: [CatalogueCountryDto] }) countries: CatalogueCountryDto[];
  @ApiProperty({ type: [CatalogueAreaDto] }) areas: CatalogueAreaDto[];
  @ApiProperty({ type: [CatalogueInstitutionDto] }) institutions: CatalogueInstitutionDto[];
  @ApiProperty({ type: [CatalogueLegalBasisDto] }) legalBases: CatalogueLegalBasisDto[];
}

/** The organisation catalogue, read-only: the areas, institutions and legal bases a page may offer, of the countries served. */
@ApiTags('organisation')
@Controller('organisation-catalogue')
export class OrganisationCatalogueController {
  @Get()
  @ApiOperation({
    summary: 'Areas and regions, institutions and legal bases of the countries this installation serves, as versioned data: what commands accept',
  })
  @ApiOkResponse({ type: OrganisationCatalogueDto })
  catalogue(@Actor() _reader: string, @Query() query: OrganisationCatalogueQuery): OrganisationCatalogue {
    const served = servedJurisdictions();
    const countries = query.country ? served.filter((c) => c === query.country) : served;
    return organisationCatalogue(countries);
  }
}
