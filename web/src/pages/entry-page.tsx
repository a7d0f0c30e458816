import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModel } from '../api/hooks.js';
import { Page } from '../components/page.js';
import { Loaded } from '../components/states.js';
import { Tabs } from '../components/tabs.js';
import { MeasurementForm } from './measurement-form.js';
import { OverrideForm } from './override-form.js';
import { ProgressForm } from './progress-form.js';
import { RecentMeasurements } from './recent-measurements.js';
import { UploadForm } from './upload-form.js';

type Tab = 'measurement' | 'upload' | 'progress' | 'override';

/** Invoeren: measurements, uploads, effort progress and overrides. */
export function EntryPage() {
  const { t } = useTranslation();
  const model = useModel();
  const initial = new URLSearchParams(window.location.search).get('tab');
  const [tab, setTab] = useState<Tab>(initial === 'upload' || initial === 'progress' || initial === 'override' ? initial : 'measurement');
  const tabs = (['measurement', 'upload', 'progress', 'override'] as const).map((key) => ({ key, label: t(`entry.tab_${key}`) }));
  return (
    <Page title={t('entry.title')} intro={t('entry.intro')}>
      <Loaded resource={model.state} reload={model.reload}>
        {(m) => (
          <div className="card">
            <Tabs label={t('entry.title')} tabs={tabs} active={tab} onChange={setTab}>
              <div style={{ paddingTop: 'var(--space-4)' }}>
                {tab === 'measurement' && <><MeasurementForm model={m} /><hr className="divider" /><RecentMeasurements model={m} /></>}
                {tab === 'upload' && <UploadForm />}
                {tab === 'progress' && <ProgressForm model={m} />}
                {tab === 'override' && <OverrideForm />}
              </div>
            </Tabs>
          </div>
        )}
      </Loaded>
    </Page>
  );
}
